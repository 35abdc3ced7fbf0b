package io.b24rest.api.humanresources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import feign.Feign;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import io.b24rest.api.Bitrix24Methods;
import io.b24rest.api.errors.Bitrix24Errors;
import io.b24rest.api.errors.RequestValidationException;
import io.b24rest.core.ApiError;
import io.b24rest.core.ApiResponse;
import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.Bitrix24RequestValidationException;
import io.b24rest.core.MethodKind;
import io.b24rest.core.ValidationError;
import io.b24rest.core.spi.MethodDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API generated from the seed spec while this module compiled, used as client code uses it:
 * through Feign against a portal on loopback, with the builder, the enum and the error registry.
 */
class GeneratedSeedApiTest {
  private static final String ANSWER =
      """
      {"result":{"chats":[{"avatar":"","color":"#1eb4aa","dialogId":"chat22","hasAccess":true,"id":22,
      "isExtranet":false,"originalNodeId":null,"subtitle":"Private chat","title":"Department chat","type":"CHAT"},
      {"dialogId":"chat99","id":99,"type":"BROADCAST","comesLater":{"x":1}}],
      "chatsNoAccess":0,"channels":[],"channelsNoAccess":0,"collabs":[],"collabsNoAccess":0,"futureCounter":3},
      "time":{"start":1780407000,"finish":1780407000.104211,"duration":0.104,"processing":0.081,
      "date_start":"2026-06-02T16:30:00+02:00","date_finish":"2026-06-02T16:30:00+02:00",
      "operating_reset_at":1780407600,"operating":0}}
      """;

  private final ObjectMapper json = new ObjectMapper();
  private final AtomicReference<String> requestLine = new AtomicReference<>();
  private final AtomicReference<String> requestBody = new AtomicReference<>();
  private HttpServer portal;

  @BeforeEach
  void startPortal() throws IOException {
    portal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    portal.createContext(
        "/",
        exchange -> {
          requestLine.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
          requestBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    portal.start();
  }

  @AfterEach
  void stopPortal() {
    portal.stop(0);
  }

  @Test
  void feignCallsTheMethodAndDecodesTheTypedResult() throws IOException {
    NodeCommunicationApi api =
        Feign.builder()
            .encoder(new JacksonEncoder(json))
            .decoder(new JacksonDecoder(json))
            .target(NodeCommunicationApi.class, "http://127.0.0.1:" + portal.getAddress().getPort() + "/rest/api");

    ApiResponse<NodeCommunicationListResult> response =
        api.list(NodeCommunicationListRequest.builder().id(15L).build());

    assertEquals("POST /rest/api/humanresources.node.communication.list", requestLine.get());
    assertEquals(json.readTree("{\"id\":15}"), json.readTree(requestBody.get()));
    List<Communication> chats = response.result().chats();
    assertEquals("Department chat", chats.get(0).title());
    assertEquals(Communication.Type.CHAT, chats.get(0).type());
    Communication.Type unknown = chats.get(1).type();
    assertEquals(Communication.Type.of("BROADCAST"), unknown, "a value this client does not know");
    assertEquals(false, unknown.isKnown());
    assertNull(chats.get(1).title());
    assertEquals(0L, response.result().chatsNoAccess());
    assertEquals(1780407600L, response.time().operatingResetAt());
  }

  @Test
  void builderRejectsAMissingRequiredParamBeforeAnyCall() {
    Bitrix24RequestValidationException thrown =
        assertThrows(
            Bitrix24RequestValidationException.class,
            () -> NodeCommunicationListRequest.builder().build());

    assertEquals(
        "humanresources.node.communication.list: required param 'id' is missing", thrown.getMessage());
    assertEquals("id", thrown.param());
    assertThrows(
        Bitrix24RequestValidationException.class, () -> new NodeCommunicationListRequest(null));
  }

  @Test
  void witherCopiesARequestWithOneParamReplaced() {
    NodeCommunicationListRequest first = NodeCommunicationListRequest.builder().id(15L).build();

    assertEquals(16L, first.withId(16L).id());
    assertEquals(15L, first.id());
    assertEquals(16L, first.toBuilder().id(16L).build().id());
  }

  @Test
  void validationErrorOfTheDocsMapsToItsException() {
    Bitrix24ApiException exception =
        Bitrix24Errors.INSTANCE.create(
            new ApiError(
                400,
                "BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION",
                "Error during request object validation",
                List.of(new ValidationError("id", "Required field `id` is missing")),
                "humanresources.node.communication.list"));

    RequestValidationException validation = assertInstanceOf(RequestValidationException.class, exception);
    assertEquals("id", validation.validation().get(0).field());
    assertTrue(Bitrix24Errors.knownCodes().contains(RequestValidationException.CODE));
  }

  @Test
  void methodRegistryKnowsTheSeed() {
    MethodDescriptor list = Bitrix24Methods.find("humanresources.node.communication.list").orElseThrow();

    assertEquals(MethodKind.READ, list.kind());
    assertEquals(NodeCommunicationApi.class, list.api());
    assertEquals("list", list.javaMethod());
    assertEquals(NodeCommunicationListRequest.class, list.requestType());
    assertEquals(NodeCommunicationListResult.class, list.resultType());
    assertTrue(Bitrix24Methods.all().contains(list));
  }
}
