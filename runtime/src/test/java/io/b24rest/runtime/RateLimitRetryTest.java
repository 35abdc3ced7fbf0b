package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.b24rest.runtime.retry.RetryPolicy;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestErrors;
import io.b24rest.runtime.testapi.TestItemAddRequest;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RateLimitRetryTest {
  private static final String QUERY_LIMIT =
      "{\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":\"Too many requests\"}";
  private static final String RATE_LIMIT =
      "{\"error\":{\"code\":\"BITRIX_REST_V3_EXCEPTION_RATELIMITEXCEPTION\",\"message\":\"Rate"
          + " limit\"}}";

  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();

  @Test
  void queryLimitTwiceThenSuccess() {
    fake.portal().enqueue(Reply.json(503, QUERY_LIMIT), Reply.json(503, QUERY_LIMIT));
    var answer = TestClients.itemApi(fake.portal()).list(new TestItemListRequest(1L));
    assertEquals(0, answer.result().items().size());
    assertEquals(3, fake.portal().received().size());
  }

  @Test
  void rest3RateLimitThenSuccessAlsoForAWrite() {
    fake.portal().enqueue(Reply.json(429, RATE_LIMIT)).otherwise(r -> FakePortal.ok("{\"id\":9}"));
    var answer =
        TestClients.webhook(fake.portal())
            .automaticIdempotencyKeys(false)
            .build()
            .api(TestItemApi.class)
            .add(new TestItemAddRequest("x"));
    assertEquals(9L, answer.result().id());
    assertEquals(
        2, fake.portal().received().size(), "a rate-limited write never ran: safe to repeat");
  }

  @Test
  void retriesAreBoundedAndEndInTheTypedException() {
    fake.portal().otherwise(r -> Reply.json(503, QUERY_LIMIT));
    var api = TestClients.itemApi(fake.portal());
    assertThrows(
        TestErrors.QueryLimitExceededException.class, () -> api.list(new TestItemListRequest(1L)));
    assertEquals(TestClients.FAST_RETRIES.maxAttempts(), fake.portal().received().size());
  }

  @Test
  void backoffGrowsExponentially() {
    fake.portal().enqueue(Reply.json(503, QUERY_LIMIT), Reply.json(503, QUERY_LIMIT));
    long start = System.nanoTime();
    TestClients.webhook(fake.portal())
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(40), Duration.ofMillis(200)))
        .build()
        .api(TestItemApi.class)
        .list(new TestItemListRequest(1L));
    var received = fake.portal().received();
    // Jitter keeps each delay between half and all of 40 ms, then of 80 ms. Measured from the start
    // of the call: lower bounds that a slow server cannot shrink (it can only delay arrivals).
    long second = (received.get(1).arrivalNanos() - start) / 1_000_000;
    long third = (received.get(2).arrivalNanos() - start) / 1_000_000;
    assertEquals(true, second >= 20, "second attempt after " + second + " ms");
    assertEquals(true, third >= 20 + 40, "third attempt after " + third + " ms");
  }
}
