package io.b24rest.runtime.internal.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Capability;
import feign.Contract;
import feign.Headers;
import feign.MethodMetadata;
import feign.Param;
import feign.Request;
import feign.RequestLine;
import io.b24rest.core.ApiResponse;
import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.spi.ApiErrorFactory;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.Bitrix24ClientBuilder;
import io.b24rest.runtime.CallOptions;
import io.b24rest.runtime.HttpLogLevel;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.error.Bitrix24RequestException;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Recorded;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestItemAddRequest;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The prepared path (every plain API method of a client without capabilities or HTTP logging)
 * against Feign's own handlers (forced by a capability that changes nothing): the same requests on
 * the wire, the same retries under one key, the same failures.
 */
class PreparedCallsTest {
  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();

  /** A capability that wraps nothing: its only effect is that the client keeps Feign's handlers. */
  private static final Capability FEIGN_ONLY = new Capability() {};

  private static final Map<String, String> HEADERS_TO_PIN =
      Map.of("idempotency-key", "<key>", "user-agent", "<agent>", "host", "<host>");

  @Test
  void plainApiMethodsArePreparedAndOthersAreNot() {
    Contract contract = new Contract.Default();
    for (MethodMetadata md : contract.parseAndValidateMetadata(TestItemApi.class)) {
      assertTrue(PreparedCalls.isPreparable(md), md.configKey());
    }
    for (MethodMetadata md : contract.parseAndValidateMetadata(UnusualApi.class)) {
      assertFalse(PreparedCalls.isPreparable(md), md.configKey());
    }
  }

  @Test
  void aPlainClientRunsPreparedHandlersAndACapabilityKeepsFeigns() {
    assertEquals(
        PreparedMethodHandler.class.getName(),
        handlerAnsweringAnError(TestClients.webhook(fake.portal())));
    assertEquals(
        "feign.SynchronousMethodHandler",
        handlerAnsweringAnError(TestClients.webhook(fake.portal()).capability(FEIGN_ONLY)));
    assertEquals(
        "feign.SynchronousMethodHandler",
        handlerAnsweringAnError(
            TestClients.webhook(fake.portal()).httpLogLevel(HttpLogLevel.BASIC)));
  }

  @Test
  void webhookReadsAndWritesSendTheSameRequestsAsFeignsHandlers() {
    assertEquals(
        exchange(TestClients.webhook(fake.portal())),
        exchange(TestClients.webhook(fake.portal()).capability(FEIGN_ONLY)));
  }

  @Test
  void oauthCallsCarryTheTokenInTheBodyAsFeignsHandlersDo() {
    OAuthTokens tokens = OAuthTokens.of("acc-1", "ref-1");
    List<Recorded> prepared = exchange(TestClients.oauth(fake.portal(), tokens));
    assertTrue(prepared.get(0).body().contains("\"auth\":\"acc-1\""), prepared.get(0).body());
    assertEquals(
        prepared, exchange(TestClients.oauth(fake.portal(), tokens).capability(FEIGN_ONLY)));
  }

  @Test
  void callOptionsHeadersReachTheWireOnThePreparedPath() {
    Bitrix24Client client = TestClients.webhook(fake.portal()).build();
    client
        .withOptions(CallOptions.builder().header("X-Trace", "t-1").idempotencyKey("k-9").build())
        .api(TestItemApi.class)
        .add(new TestItemAddRequest("a"));
    Recorded sent = fake.portal().received().get(0);
    assertEquals("t-1", sent.header("X-Trace"));
    assertEquals("k-9", sent.header("Idempotency-Key"));
  }

  @Test
  void aRetriedWriteKeepsItsKeyOnThePreparedPath() {
    fake.portal()
        .enqueue(
            FakePortal.Reply.json(503, "{\"error\":\"INTERNAL_SERVER_ERROR\"}"),
            FakePortal.ok("{\"id\":7}"));
    TestClients.webhook(fake.portal())
        .build()
        .api(TestItemApi.class)
        .add(new TestItemAddRequest("a"));
    List<Recorded> sent = fake.portal().received();
    assertEquals(2, sent.size());
    assertNotNull(sent.get(0).header("Idempotency-Key"));
    assertEquals(sent.get(0).header("Idempotency-Key"), sent.get(1).header("Idempotency-Key"));
    assertEquals(sent.get(0).body(), sent.get(1).body());
  }

  @Test
  void failuresAreTheSameTypedExceptionsAsWithFeignsHandlers() {
    for (Bitrix24ClientBuilder builder :
        List.of(
            TestClients.webhook(fake.portal()),
            TestClients.webhook(fake.portal()).capability(FEIGN_ONLY))) {
      TestItemApi api = builder.build().api(TestItemApi.class);
      var nullBody = assertThrows(Bitrix24RequestException.class, () -> api.list(null));
      assertTrue(nullBody.getMessage().startsWith("TestItemApi.list"), nullBody.getMessage());
      fake.portal()
          .enqueue(
              FakePortal.Reply.json(400, "{\"error\":\"SOME_CODE\",\"error_description\":\"no\"}"));
      var answered =
          assertThrows(Bitrix24ApiException.class, () -> api.list(new TestItemListRequest(null)));
      assertEquals("SOME_CODE", answered.code());
      assertFalse(answered.getMessage().contains(FakePortal.SECRET));
    }
  }

  /**
   * Which method handler ran the call: the one on the calling thread's stack when its error is
   * made.
   */
  private String handlerAnsweringAnError(Bitrix24ClientBuilder builder) {
    AtomicReference<String> handler = new AtomicReference<>("none");
    ApiErrorFactory spy =
        error -> {
          for (StackTraceElement frame : new Throwable().getStackTrace()) {
            if (frame.getClassName().endsWith("MethodHandler")) {
              handler.set(frame.getClassName());
              break;
            }
          }
          return new Bitrix24ApiException(error);
        };
    fake.portal().enqueue(FakePortal.Reply.json(400, "{\"error\":\"SOME_CODE\"}"));
    TestItemApi api = builder.errorFactory(spy).build().api(TestItemApi.class);
    assertThrows(Bitrix24ApiException.class, () -> api.list(new TestItemListRequest(null)));
    return handler.get();
  }

  /**
   * A read and a write through a client of {@code builder}, as the portal saw them (the headers
   * whose values differ by design pinned to a placeholder, their presence kept).
   */
  private List<Recorded> exchange(Bitrix24ClientBuilder builder) {
    int before = fake.portal().received().size();
    TestItemApi api = builder.build().api(TestItemApi.class);
    api.list(new TestItemListRequest(null));
    api.add(new TestItemAddRequest("title \u00e9"));
    return fake.portal().received().subList(before, before + 2).stream()
        .map(PreparedCallsTest::pinned)
        .toList();
  }

  private static Recorded pinned(Recorded r) {
    Map<String, String> headers = new TreeMap<>(r.headers());
    HEADERS_TO_PIN.forEach(
        (name, placeholder) -> headers.computeIfPresent(name, (k, v) -> placeholder));
    return new Recorded(r.method(), r.path(), r.query(), headers, r.body(), 0);
  }

  /** Methods whose request is not the same on every call but for the body. */
  interface UnusualApi {
    @RequestLine("POST /item.{id}")
    @Headers("Content-Type: application/json")
    ApiResponse<String> pathVariable(@Param("id") String id, String body);

    @RequestLine("POST /item.get?x={x}")
    ApiResponse<String> queryVariable(@Param("x") String x);

    @RequestLine("POST /item.get")
    @Headers("X-Name: {name}")
    ApiResponse<String> headerVariable(@Param("name") String name, String body);

    @RequestLine("POST /item.get")
    ApiResponse<String> withOptions(String body, Request.Options options);

    @RequestLine("GET /item.get")
    ApiResponse<String> noBody();

    @RequestLine("POST /item.delete")
    void returnsNothing(String body);

    @RequestLine("POST /item.get")
    feign.Response returnsTheRawAnswer(String body);

    @RequestLine("POST /item.get")
    feign.TypedResponse<String> returnsATypedAnswer(String body);
  }
}
