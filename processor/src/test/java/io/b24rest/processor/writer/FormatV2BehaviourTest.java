package io.b24rest.processor.writer;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.b24rest.core.ApiResponse;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the generated code of the edge specs does with the v2 features, on the wire and in Java. */
class FormatV2BehaviourTest {
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();
  private static final String API = GeneratedSources.BASE + ".edge.";
  private static ClassLoader classes;

  @BeforeAll
  static void compileEdgeCases() {
    classes = GeneratedSources.classLoader(GeneratedSources.compile(SpecFixtures.edgeCases()));
  }

  private static Class<?> type(String simpleName) throws ClassNotFoundException {
    return classes.loadClass(API + simpleName);
  }

  private static Object accessor(Object record, String name) throws ReflectiveOperationException {
    return record.getClass().getMethod(name).invoke(record);
  }

  @Test
  void wireFormatsBase64AndNumericEnumsReadAndWriteBackUnchanged() throws Exception {
    String json =
        "{\"id\":7,\"dueAt\":\"2026-04-15 10:00:00\",\"dueOn\":\"15.04.2026\","
            + "\"stampedAt\":\"2026-04-15T10:00:00+02:00\",\"content\":\"aGk=\",\"level\":2,"
            + "\"createdAt\":\"2025-12-31T23:59:59+02:00\"}";
    Object thing = JSON.readValue(json, type("Thing"));

    assertThat(accessor(thing, "dueAt")).isEqualTo(LocalDateTime.of(2026, 4, 15, 10, 0));
    assertThat(accessor(thing, "dueOn")).isEqualTo(LocalDate.of(2026, 4, 15));
    assertThat(accessor(thing, "stampedAt")).isInstanceOf(OffsetDateTime.class);
    assertThat(new String((byte[]) accessor(thing, "content"), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("hi");
    Object level = accessor(thing, "level");
    assertThat(accessor(level, "value")).isEqualTo(2L);
    JsonNode written = JSON.valueToTree(thing);
    assertThat(written.get("dueAt").asText()).isEqualTo("2026-04-15 10:00:00");
    assertThat(written.get("dueOn").asText()).isEqualTo("15.04.2026");
    assertThat(written.get("stampedAt").asText()).isEqualTo("2026-04-15T10:00:00+02:00");
    assertThat(written.get("content").asText()).isEqualTo("aGk=");
    assertThat(written.get("level").isIntegralNumber()).isTrue();
    assertThat(written.get("level").asLong()).isEqualTo(2L);
  }

  @Test
  void aLoneBooleanResultIsASuccessAccessor() throws Exception {
    Object result = JSON.readValue("{\"result\":true}", type("ThingDeleteResult"));
    assertThat(accessor(result, "success")).isEqualTo(true);
    assertThat(accessor(JSON.readValue("{}", type("ThingDeleteResult")), "success")).isEqualTo(false);
    assertThat(JSON.writeValueAsString(result)).isEqualTo("{\"result\":true}");
  }

  @Test
  void resultsThatAreNoObjectAreTypedAsTheSpecSays() throws Exception {
    Class<?> api = type("ThingApi");
    assertThat(returnType(api, "exists")).isEqualTo("io.b24rest.core.ApiResponse<java.lang.Boolean>");
    assertThat(returnType(api, "thread")).isEqualTo("io.b24rest.core.ApiResponse<java.util.List<" + API + "Thing>>");
    assertThat(returnType(api, "tags")).isEqualTo("io.b24rest.core.ApiResponse<java.util.List<" + API + "ThingTagsItem>>");
    Object request = type("ThingThreadRequest").getMethod("builder").invoke(null);
    Object built = request.getClass().getMethod("build").invoke(request);
    assertThat(built.getClass().getMethod("resultType").invoke(built)).isEqualTo(List.class);
  }

  @Test
  void compoundActionsAndJavaOverridesNameTheMethods() throws Exception {
    assertThat(type("MessageApi").getMethod("createCalendarEvent", type("MessageCreateCalendarEventRequest"))).isNotNull();
    assertThat(type("MailMessageApi").getMethod("moveToFolder", type("MessageMoveToFolderRequest"))).isNotNull();
  }

  @Test
  void theCursorWalkerFollowsNextCursorAndStopsWhenItDoesNotAdvance() throws Exception {
    Class<?> api = type("ThingApi");
    List<String> sent = new ArrayList<>();
    // Pages of 2: cursor null -> {id:2}, {id:2} -> {id:4}, {id:4} -> {id:4} again (stuck).
    InvocationHandler portal =
        (proxy, method, args) -> {
          if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
          }
          JsonNode request = JSON.valueToTree(args[0]);
          sent.add(request.path("pagination").toString());
          JsonNode after = request.path("pagination").path("afterCursor");
          long from = after.isMissingNode() ? 0 : after.path("id").asLong();
          long next = Math.min(from + 2, 4);
          String page =
              "{\"items\":[{\"id\":" + (from + 1) + "},{\"id\":" + (from + 2) + "}],\"nextCursor\":{\"id\":" + next + "}}";
          return new ApiResponse<>(JSON.readValue(page, type("ThingListResult")), null);
        };
    Object proxy = Proxy.newProxyInstance(classes, new Class<?>[] {api}, portal);
    Object request = type("ThingListRequest").getMethod("builder").invoke(null);
    Object built = request.getClass().getMethod("build").invoke(request);
    Method listAll = api.getMethod("listAll", type("ThingListRequest"), int.class);

    Stream<?> things = (Stream<?>) listAll.invoke(proxy, built, 2);

    assertThat(things.count()).isEqualTo(6);
    assertThat(sent)
        .containsExactly(
            "{\"limit\":2}", "{\"limit\":2,\"afterCursor\":{\"id\":2}}", "{\"limit\":2,\"afterCursor\":{\"id\":4}}")
        .inOrder();
  }

  @Test
  void thePageWalkerRejectsAPageSizeAboveTheMethodsMaximum() throws Exception {
    Class<?> api = type("ThingApi");
    Object proxy = Proxy.newProxyInstance(classes, new Class<?>[] {api},
        (p, method, args) -> InvocationHandler.invokeDefault(p, method, args));
    Object request = type("ThingPageRequest").getMethod("builder").invoke(null);
    Object built = request.getClass().getMethod("build").invoke(request);
    Method pageAll = api.getMethod("pageAll", type("ThingPageRequest"), int.class);
    Throwable thrown =
        org.junit.jupiter.api.Assertions.assertThrows(
            java.lang.reflect.InvocationTargetException.class, () -> pageAll.invoke(proxy, built, 1001));
    assertThat(thrown.getCause()).isInstanceOf(IllegalArgumentException.class);
    assertThat(thrown.getCause()).hasMessageThat().contains("at most 1000");
  }

  private static String returnType(Class<?> api, String name) {
    Method method = java.util.Arrays.stream(api.getMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    return ((ParameterizedType) method.getGenericReturnType()).getTypeName();
  }
}
