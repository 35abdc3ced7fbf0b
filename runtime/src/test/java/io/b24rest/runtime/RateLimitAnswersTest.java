package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.runtime.retry.RetryPolicy;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestItemAddRequest;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every 429 but the operating limit is a rate-limit answer; Retry-After is honoured, bounded. */
class RateLimitAnswersTest {
  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();

  private TestItemApi api(RetryPolicy policy) {
    return TestClients.webhook(fake.portal())
        .retryPolicy(policy)
        .automaticIdempotencyKeys(false)
        .build()
        .api(TestItemApi.class);
  }

  private long millisBetweenTheFirstTwoAttempts() {
    var received = fake.portal().received();
    return (received.get(1).arrivalNanos() - received.get(0).arrivalNanos()) / 1_000_000;
  }

  @Test
  void a429WithoutABodyIsRetried() {
    fake.portal().enqueue(Reply.raw(429, new byte[0], "text/plain"));
    var answer = TestClients.itemApi(fake.portal()).list(new TestItemListRequest(1L));
    assertEquals(0, answer.result().items().size());
    assertEquals(2, fake.portal().received().size());
  }

  @Test
  void a429WithAnUnknownCodeIsRetriedAlsoForAWriteWithoutKey() {
    fake.portal()
        .enqueue(Reply.json(429, "{\"error\":\"TOO_MANY_SOMETHING\"}"))
        .otherwise(r -> FakePortal.ok("{\"id\":9}"));
    var answer = api(TestClients.FAST_RETRIES).add(new TestItemAddRequest("x"));
    assertEquals(9L, answer.result().id());
    assertEquals(2, fake.portal().received().size());
  }

  @Test
  void retryAfterInSecondsIsHonoured() {
    fake.portal().enqueue(Reply.raw(429, new byte[0], "text/plain").withHeader("Retry-After", "1"));
    api(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(5)))
        .list(new TestItemListRequest(1L));
    long waited = millisBetweenTheFirstTwoAttempts();
    assertTrue(waited >= 950, "waited " + waited + " ms");
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    String inTwoSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
    fake.portal()
        .enqueue(
            Reply.json(503, "{\"error\":\"QUERY_LIMIT_EXCEEDED\"}")
                .withHeader("Retry-After", inTwoSeconds));
    api(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(5)))
        .list(new TestItemListRequest(1L));
    long waited = millisBetweenTheFirstTwoAttempts();
    assertTrue(waited >= 900, "waited " + waited + " ms");
  }

  @Test
  void retryAfterIsBoundedByThePolicysMaxDelay() {
    fake.portal()
        .enqueue(Reply.raw(429, new byte[0], "text/plain").withHeader("Retry-After", "3600"));
    api(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(200)))
        .list(new TestItemListRequest(1L));
    long waited = millisBetweenTheFirstTwoAttempts();
    assertTrue(waited >= 150 && waited < 2_000, "waited " + waited + " ms");
  }
}
