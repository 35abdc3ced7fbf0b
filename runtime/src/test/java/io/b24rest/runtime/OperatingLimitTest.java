package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.runtime.retry.OperatingLimitPolicy;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestErrors;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OperatingLimitTest {
  private static final String OPERATING_LIMIT =
      "{\"error\":\"OPERATION_TIME_LIMIT\",\"error_description\":\"Method is blocked\"}";

  private FakePortal portal;

  @BeforeEach
  void start() throws Exception {
    portal = new FakePortal();
  }

  @AfterEach
  void stop() {
    portal.close();
  }

  private static Reply successResettingAt(long epochSeconds) {
    return Reply.json(
        200,
        "{\"result\":{\"items\":[]},\"time\":{\"operating\":500.0,"
            + "\"operating_reset_at\":"
            + epochSeconds
            + "}}");
  }

  @Test
  void waitsUntilTheResetOfTheLastSuccessfulAnswerThenRetriesOnce() {
    long resetAt = System.currentTimeMillis() / 1000 + 1;
    portal.enqueue(successResettingAt(resetAt), Reply.json(429, OPERATING_LIMIT));
    TestItemApi api =
        TestClients.webhook(portal)
            .operatingLimit(OperatingLimitPolicy.waitUpTo(Duration.ofSeconds(5)))
            .build()
            .api(TestItemApi.class);

    api.list(new TestItemListRequest(1L));
    api.list(new TestItemListRequest(1L));

    var received = portal.received();
    assertEquals(3, received.size());
    long retryAtMillis =
        System.currentTimeMillis()
            - (System.nanoTime() - received.get(2).arrivalNanos()) / 1_000_000;
    assertTrue(
        retryAtMillis >= resetAt * 1000 - 20,
        "retried " + (resetAt * 1000 - retryAtMillis) + " ms before the reset");
  }

  @Test
  void retriesOnlyOnceThenThrows() {
    long resetAt = System.currentTimeMillis() / 1000;
    portal.enqueue(successResettingAt(resetAt)).otherwise(r -> Reply.json(429, OPERATING_LIMIT));
    TestItemApi api =
        TestClients.webhook(portal)
            .operatingLimit(OperatingLimitPolicy.waitUpTo(Duration.ofSeconds(5)))
            .build()
            .api(TestItemApi.class);
    api.list(new TestItemListRequest(1L));
    assertThrows(
        TestErrors.OperationTimeLimitException.class, () -> api.list(new TestItemListRequest(1L)));
    assertEquals(3, portal.received().size());
  }

  @Test
  void failFastThrowsTheTypedExceptionAtOnce() {
    long resetAt = System.currentTimeMillis() / 1000 + 1;
    portal.enqueue(successResettingAt(resetAt), Reply.json(429, OPERATING_LIMIT));
    TestItemApi api =
        TestClients.webhook(portal)
            .operatingLimit(OperatingLimitPolicy.failFast())
            .build()
            .api(TestItemApi.class);
    api.list(new TestItemListRequest(1L));
    var e =
        assertThrows(
            TestErrors.OperationTimeLimitException.class,
            () -> api.list(new TestItemListRequest(1L)));
    assertEquals(429, e.httpStatus());
    assertEquals(2, portal.received().size());
  }

  @Test
  void aResetBeyondTheBoundFailsFast() {
    long resetAt = System.currentTimeMillis() / 1000 + 600;
    portal.enqueue(successResettingAt(resetAt), Reply.json(429, OPERATING_LIMIT));
    TestItemApi api =
        TestClients.webhook(portal)
            .operatingLimit(OperatingLimitPolicy.waitUpTo(Duration.ofSeconds(5)))
            .build()
            .api(TestItemApi.class);
    api.list(new TestItemListRequest(1L));
    long start = System.nanoTime();
    assertThrows(
        TestErrors.OperationTimeLimitException.class, () -> api.list(new TestItemListRequest(1L)));
    assertTrue(System.nanoTime() - start < 1_000_000_000L);
    assertEquals(2, portal.received().size());
  }

  @Test
  void anUnknownResetFailsFast() {
    portal.enqueue(Reply.json(429, OPERATING_LIMIT));
    TestItemApi api = TestClients.webhook(portal).build().api(TestItemApi.class);
    assertThrows(
        TestErrors.OperationTimeLimitException.class, () -> api.list(new TestItemListRequest(1L)));
    assertEquals(1, portal.received().size());
  }
}
