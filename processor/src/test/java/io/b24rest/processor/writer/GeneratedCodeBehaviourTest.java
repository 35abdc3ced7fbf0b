package io.b24rest.processor.writer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.b24rest.core.ApiError;
import io.b24rest.core.ApiResponse;
import io.b24rest.core.Bitrix24RequestValidationException;
import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.Bitrix24Request;
import io.b24rest.core.spi.ApiErrorFactory;
import io.b24rest.core.spi.MethodDescriptor;
import io.b24rest.spec.model.Example;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the generated seed classes do at run time: generated from the real seed spec (read by the
 * real reader from {@code b24-spec}), loaded from an in-memory compilation and driven by Jackson
 * exactly as the runtime will, with the docs' examples that the spec carries.
 */
class GeneratedCodeBehaviourTest {
  private static final String PACKAGE = "io.b24rest.api.humanresources.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static SpecModel model;
  private static ClassLoader classes;

  @BeforeAll
  static void compileSeed() {
    SpecReadResult read = SpecReader.readClassPath(GeneratedCodeBehaviourTest.class.getClassLoader(), "bitrix24/spec/index.txt");
    assertThat(read.diagnostics()).isEmpty();
    model = read.model().orElseThrow();
    classes = GeneratedSources.classLoader(GeneratedSources.compile(model));
  }

  @Test
  void docs200ExampleReadsAndWritesBackToTheSameJson() throws Exception {
    JsonNode docs = JSON.readTree(example(200));

    Object response = JSON.readValue(docs.traverse(), responseType());
    JsonNode written = JSON.valueToTree(response);

    assertSameJson(withoutNulls(written), withoutNulls(docs));
    ApiResponse<?> typed = (ApiResponse<?>) response;
    Object chats = accessor(typed.result(), "chats");
    Object firstChat = ((List<?>) chats).get(0);
    assertThat(accessor(firstChat, "title")).isEqualTo("Department chat");
    assertThat(accessor(firstChat, "id")).isEqualTo(22L);
    assertThat(accessor(firstChat, "type").toString()).isEqualTo("CHAT");
    assertThat(typed.time().operatingResetAt()).isEqualTo(1780407600L);
  }

  @Test
  void unknownEnumValueKeepsItsWireTextAndUnknownFieldsAreIgnored() throws Exception {
    ObjectNode docs = (ObjectNode) JSON.readTree(example(200));
    ObjectNode chat = (ObjectNode) docs.at("/result/chats/0");
    chat.put("type", "BROADCAST");
    chat.put("fieldFromTheFuture", 1);
    ((ObjectNode) docs.get("result")).putObject("blockFromTheFuture").put("x", 1);

    ApiResponse<?> response = JSON.readValue(docs.traverse(), responseType());

    Object firstChat = ((List<?>) accessor(response.result(), "chats")).get(0);
    Object type = accessor(firstChat, "type");
    assertThat(type.toString()).isEqualTo("BROADCAST");
    assertThat(type.getClass().getMethod("isKnown").invoke(type)).isEqualTo(false);
    assertThat(accessor(firstChat, "dialogId")).isEqualTo("chat22");
    // Written back, the value the client does not know is the text it read.
    assertThat(JSON.valueToTree(response).at("/result/chats/0/type").asText()).isEqualTo("BROADCAST");
  }

  @Test
  void enumWritesItsWireValueAndNullStaysNull() throws Exception {
    Class<?> type = classes.loadClass(PACKAGE + "Communication$Type");
    Object channel = type.getMethod("of", String.class).invoke(null, "CHANNEL");

    assertThat(JSON.writeValueAsString(channel)).isEqualTo("\"CHANNEL\"");
    assertThat(channel).isSameInstanceAs(type.getField("CHANNEL").get(null));
    assertThat(JSON.readValue("\"CHANNEL\"", type)).isSameInstanceAs(channel);
    assertThat(JSON.readValue("null", type)).isNull();
  }

  @Test
  void docs400ExampleMapsToRequestValidationException() throws Exception {
    JsonNode error = JSON.readTree(example(400)).get("error");
    ApiError apiError =
        new ApiError(
            400,
            error.get("code").asText(),
            error.get("message").asText(),
            List.of(JSON.treeToValue(error.at("/validation/0"), io.b24rest.core.ValidationError.class)),
            "humanresources.node.communication.list");

    Bitrix24ApiException exception = errors().create(apiError);

    assertThat(exception.getClass().getName()).isEqualTo("io.b24rest.api.errors.RequestValidationException");
    assertThat(exception.validation().get(0).field()).isEqualTo("id");
    assertThat(exception.httpStatus()).isEqualTo(400);
  }

  @Test
  void unknownErrorCodeStaysAPlainApiException() throws Exception {
    Bitrix24ApiException exception =
        errors().create(new ApiError(418, "SOMETHING_NEW", "teapot", List.of(), null));

    assertThat(exception.getClass()).isEqualTo(Bitrix24ApiException.class);
    assertThat(exception.code()).isEqualTo("SOMETHING_NEW");
  }

  @Test
  void builderRejectsMissingRequiredParamBeforeAnyCall() throws Exception {
    Object builder = requestClass().getMethod("builder").invoke(null);
    Method build = builder.getClass().getMethod("build");

    InvocationTargetException thrown = assertThrows(InvocationTargetException.class, () -> build.invoke(builder));

    assertThat(thrown.getCause()).isInstanceOf(Bitrix24RequestValidationException.class);
    assertThat(thrown.getCause())
        .hasMessageThat()
        .isEqualTo("humanresources.node.communication.list: required param 'id' is missing");
    assertThat(((Bitrix24RequestValidationException) thrown.getCause()).param()).isEqualTo("id");
  }

  @Test
  void constructorRejectsMissingRequiredParamToo() throws Exception {
    InvocationTargetException thrown =
        assertThrows(
            InvocationTargetException.class,
            () -> requestClass().getConstructor(Long.class).newInstance((Object) null));

    assertThat(thrown.getCause()).isInstanceOf(Bitrix24RequestValidationException.class);
    assertThat(thrown.getCause()).hasMessageThat().contains("required param 'id' is missing");
  }

  @Test
  void builtRequestWritesTheDocsRequestBody() throws Exception {
    Object builder = requestClass().getMethod("builder").invoke(null);
    builder.getClass().getMethod("id", Long.class).invoke(builder, 15L);
    Object request = builder.getClass().getMethod("build").invoke(builder);

    MethodModel method = seed();
    Bitrix24Request<?> typed = (Bitrix24Request<?>) request;
    assertThat(typed.methodName()).isEqualTo("humanresources.node.communication.list");
    assertThat(typed.resultType().getName()).isEqualTo(PACKAGE + "NodeCommunicationListResult");
    JsonNode written = JSON.valueToTree(request);
    assertSameJson(written, JSON.readTree(method.requestExample().orElseThrow()));
  }

  @Test
  void methodRegistryDescribesTheSeed() throws Exception {
    Class<?> registry = classes.loadClass("io.b24rest.api.Bitrix24Methods");
    @SuppressWarnings("unchecked")
    Optional<MethodDescriptor> found =
        (Optional<MethodDescriptor>) registry.getMethod("find", String.class).invoke(null, "humanresources.node.communication.list");

    MethodDescriptor descriptor = found.orElseThrow();
    assertThat(descriptor.api().getName()).isEqualTo(PACKAGE + "NodeCommunicationApi");
    assertThat(descriptor.javaMethod()).isEqualTo("list");
    assertThat(descriptor.requestType()).isEqualTo(requestClass());
    assertThat(descriptor.resultType().getSimpleName()).isEqualTo("NodeCommunicationListResult");
    assertThat(descriptor.api().getMethod(descriptor.javaMethod(), descriptor.requestType())).isNotNull();
    assertThat(registry.getMethod("find", String.class).invoke(null, "no.such.method")).isEqualTo(Optional.empty());
  }

  @Test
  void emptyRequestRecordWritesAnEmptyObject() throws Exception {
    ClassLoader edge = GeneratedSources.classLoader(GeneratedSources.compile(SpecFixtures.edgeCases()));
    Class<?> ping = edge.loadClass("io.b24rest.api.edge.EdgePingRequest");
    Object builder = ping.getMethod("builder").invoke(null);
    Object request = builder.getClass().getMethod("build").invoke(builder);

    assertThat(JSON.writeValueAsString(request)).isEqualTo("{}");
  }

  @Test
  void numericEnumKeepsAnUnknownNumberBothWays() throws Exception {
    ClassLoader edge = GeneratedSources.classLoader(GeneratedSources.compile(SpecFixtures.edgeCases()));
    Class<?> level = edge.loadClass("io.b24rest.api.edge.ThingLevel");

    Object high = JSON.readValue("2", level);
    Object unknown = JSON.readValue("7", level);

    assertThat(level.getMethod("isKnown").invoke(high)).isEqualTo(true);
    assertThat(high).isSameInstanceAs(level.getMethod("of", long.class).invoke(null, 2L));
    assertThat(level.getMethod("value").invoke(unknown)).isEqualTo(7L);
    assertThat(level.getMethod("isKnown").invoke(unknown)).isEqualTo(false);
    assertThat(JSON.writeValueAsString(unknown)).isEqualTo("7");
    assertThat(JSON.writeValueAsString(high)).isEqualTo("2");
  }

  private static MethodModel seed() {
    return model.methods().stream()
        .filter(m -> m.name().equals("humanresources.node.communication.list"))
        .findFirst()
        .orElseThrow();
  }

  private static String example(int status) {
    return seed().responseExample(status).map(Example::json).orElseThrow();
  }

  private static JavaType responseType() throws ClassNotFoundException {
    return JSON.getTypeFactory()
        .constructParametricType(ApiResponse.class, classes.loadClass(PACKAGE + "NodeCommunicationListResult"));
  }

  private static Class<?> requestClass() throws ClassNotFoundException {
    return classes.loadClass(PACKAGE + "NodeCommunicationListRequest");
  }

  private static ApiErrorFactory errors() throws Exception {
    return (ApiErrorFactory) classes.loadClass("io.b24rest.api.errors.Bitrix24Errors").getField("INSTANCE").get(null);
  }

  private static Object accessor(Object record, String name) throws Exception {
    return record.getClass().getMethod(name).invoke(record);
  }

  /** Equal trees, numbers compared by value (the docs write 0 where the record holds 0.0). */
  private static void assertSameJson(JsonNode actual, JsonNode expected) {
    Comparator<JsonNode> byValue =
        (a, b) -> a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
    assertWithMessage("expected %s\nbut was  %s", expected, actual).that(actual.equals(byValue, expected)).isTrue();
  }

  /** The tree without null members: the generated records write null as absent. */
  private static JsonNode withoutNulls(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getValue().isNull()) {
          fields.remove();
        } else {
          strip(field.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(GeneratedCodeBehaviourTest::strip);
    }
  }
}
