package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.b24rest.core.Bitrix24TransportException;
import io.b24rest.runtime.retry.RetryPolicy;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestErrors;
import io.b24rest.runtime.testapi.TestItemAddRequest;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConnectionRetryTest {
  private static final String INTERNAL =
      "{\"error\":\"INTERNAL_SERVER_ERROR\",\"error_description\":\"Internal server error\"}";

  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();

  @BeforeEach
  void setUp() {
    fake.portal()
        .otherwise(r -> FakePortal.ok(r.path().endsWith("add") ? "{\"id\":42}" : "{\"items\":[]}"));
  }

  @Test
  void droppedConnectionOnAReadIsRetried() {
    fake.portal().enqueue(Reply.drop());
    var answer = TestClients.itemApi(fake.portal()).list(new TestItemListRequest(1L));
    assertNotNull(answer.result());
    assertEquals(2, fake.portal().received().size());
  }

  @Test
  void serverErrorOnAReadIsRetried() {
    fake.portal().enqueue(Reply.json(500, INTERNAL));
    TestClients.itemApi(fake.portal()).list(new TestItemListRequest(1L));
    assertEquals(2, fake.portal().received().size());
  }

  @Test
  void droppedConnectionOnAWriteIsRetriedWithTheSameGeneratedKey() {
    fake.portal().enqueue(Reply.drop());
    var answer = TestClients.itemApi(fake.portal()).add(new TestItemAddRequest("report"));
    assertEquals(42L, answer.result().id());
    var received = fake.portal().received();
    assertEquals(2, received.size());
    String key = received.get(0).header("Idempotency-Key");
    assertNotNull(key);
    assertEquals(key, received.get(1).header("Idempotency-Key"));
    assertEquals(received.get(0).body(), received.get(1).body());
  }

  @Test
  void eachLogicalWriteGetsItsOwnKey() {
    TestItemApi api = TestClients.itemApi(fake.portal());
    api.add(new TestItemAddRequest("a"));
    api.add(new TestItemAddRequest("b"));
    var received = fake.portal().received();
    assertNotEquals(
        received.get(0).header("Idempotency-Key"), received.get(1).header("Idempotency-Key"));
  }

  @Test
  void callersOwnKeyIsSentOnEveryAttemptAndOnlyInItsScope() {
    fake.portal().enqueue(Reply.json(500, INTERNAL), Reply.drop());
    Bitrix24Client client = TestClients.webhook(fake.portal()).build();
    client.withIdempotencyKey("order-4711").api(TestItemApi.class).add(new TestItemAddRequest("x"));
    client.api(TestItemApi.class).add(new TestItemAddRequest("y"));

    var received = fake.portal().received();
    assertEquals(4, received.size());
    for (int i = 0; i < 3; i++) {
      assertEquals("order-4711", received.get(i).header("Idempotency-Key"));
    }
    assertNotEquals("order-4711", received.get(3).header("Idempotency-Key"));
  }

  @Test
  void invalidCallerKeyIsRejected() {
    Bitrix24Client client = TestClients.webhook(fake.portal()).build();
    assertThrows(IllegalArgumentException.class, () -> client.withIdempotencyKey(""));
    assertThrows(IllegalArgumentException.class, () -> client.withIdempotencyKey("ключ"));
    assertThrows(IllegalArgumentException.class, () -> client.withIdempotencyKey("x".repeat(256)));
  }

  @Test
  void writeWithoutKeyIsNeverRetriedAfterAnAmbiguousFailure() {
    fake.portal().enqueue(Reply.drop());
    TestItemApi api =
        TestClients.webhook(fake.portal())
            .automaticIdempotencyKeys(false)
            .build()
            .api(TestItemApi.class);
    var e =
        assertThrows(Bitrix24TransportException.class, () -> api.add(new TestItemAddRequest("x")));
    assertEquals("test.item.add", e.method());
    assertEquals(1, fake.portal().received().size());
    assertNull(fake.portal().received().get(0).header("Idempotency-Key"));

    fake.portal().enqueue(Reply.json(500, INTERNAL));
    assertThrows(
        TestErrors.InternalServerErrorException.class, () -> api.add(new TestItemAddRequest("x")));
    assertEquals(2, fake.portal().received().size());
  }

  @Test
  void readRetriesAreBoundedAndEndInATransportException() {
    fake.portal().otherwise(r -> Reply.drop());
    TestItemApi api = TestClients.itemApi(fake.portal());
    var e =
        assertThrows(Bitrix24TransportException.class, () -> api.list(new TestItemListRequest(1L)));
    assertEquals(TestClients.FAST_RETRIES.maxAttempts(), fake.portal().received().size());
    assertFalse(e.getMessage().contains(FakePortal.SECRET));
  }

  @Test
  void refusedConnectionIsATransportException() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    TestItemApi api =
        Bitrix24Client.webhook("http://127.0.0.1:" + port + "/rest/1/" + FakePortal.SECRET + "/")
            .rateLimit(io.b24rest.runtime.ratelimit.RateLimit.off())
            .retryPolicy(TestClients.FAST_RETRIES)
            .build()
            .api(TestItemApi.class);
    var e =
        assertThrows(Bitrix24TransportException.class, () -> api.add(new TestItemAddRequest("x")));
    assertFalse(e.getMessage().contains(FakePortal.SECRET), e.getMessage());
  }

  @Test
  void readTimeoutIsConfigurableAndATransportException() {
    fake.portal().enqueue(FakePortal.ok("{\"items\":[]}").delayed(1_000));
    TestItemApi api =
        TestClients.webhook(fake.portal())
            .readTimeout(Duration.ofMillis(200))
            .retryPolicy(RetryPolicy.none())
            .build()
            .api(TestItemApi.class);
    long start = System.nanoTime();
    assertThrows(Bitrix24TransportException.class, () -> api.list(new TestItemListRequest(1L)));
    assertEquals(true, System.nanoTime() - start < 900_000_000L);
  }
}
