package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.b24rest.runtime.retry.RetryPolicy;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestErrors;
import io.b24rest.runtime.testapi.TestItemAddRequest;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitRetryTest {
  private static final String QUERY_LIMIT =
      "{\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":\"Too many requests\"}";
  private static final String RATE_LIMIT =
      "{\"error\":{\"code\":\"BITRIX_REST_V3_EXCEPTION_RATELIMITEXCEPTION\",\"message\":\"Rate"
          + " limit\"}}";

  private FakePortal portal;

  @BeforeEach
  void start() throws Exception {
    portal = new FakePortal();
  }

  @AfterEach
  void stop() {
    portal.close();
  }

  @Test
  void queryLimitTwiceThenSuccess() {
    portal.enqueue(Reply.json(503, QUERY_LIMIT), Reply.json(503, QUERY_LIMIT));
    var answer =
        TestClients.webhook(portal)
            .build()
            .api(TestItemApi.class)
            .list(new TestItemListRequest(1L));
    assertEquals(0, answer.result().items().size());
    assertEquals(3, portal.received().size());
  }

  @Test
  void rest3RateLimitThenSuccessAlsoForAWrite() {
    portal.enqueue(Reply.json(429, RATE_LIMIT)).otherwise(r -> FakePortal.ok("{\"id\":9}"));
    var answer =
        TestClients.webhook(portal)
            .automaticIdempotencyKeys(false)
            .build()
            .api(TestItemApi.class)
            .add(new TestItemAddRequest("x"));
    assertEquals(9L, answer.result().id());
    assertEquals(2, portal.received().size(), "a rate-limited write never ran: safe to repeat");
  }

  @Test
  void retriesAreBoundedAndEndInTheTypedException() {
    portal.otherwise(r -> Reply.json(503, QUERY_LIMIT));
    var api = TestClients.webhook(portal).build().api(TestItemApi.class);
    assertThrows(
        TestErrors.QueryLimitExceededException.class, () -> api.list(new TestItemListRequest(1L)));
    assertEquals(TestClients.FAST_RETRIES.maxAttempts(), portal.received().size());
  }

  @Test
  void backoffGrowsExponentially() {
    portal.enqueue(Reply.json(503, QUERY_LIMIT), Reply.json(503, QUERY_LIMIT));
    TestClients.webhook(portal)
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(40), Duration.ofMillis(200)))
        .build()
        .api(TestItemApi.class)
        .list(new TestItemListRequest(1L));
    var received = portal.received();
    long firstGap = (received.get(1).arrivalNanos() - received.get(0).arrivalNanos()) / 1_000_000;
    long secondGap = (received.get(2).arrivalNanos() - received.get(1).arrivalNanos()) / 1_000_000;
    // Jitter keeps each delay between half and all of 40 ms, then of 80 ms.
    assertEquals(true, firstGap >= 20, "first gap " + firstGap);
    assertEquals(true, secondGap >= 40, "second gap " + secondGap);
  }
}
