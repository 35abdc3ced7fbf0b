package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.runtime.retry.OperatingLimitPolicy;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestErrors;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OperatingLimitTest {
  private static final String OPERATING_LIMIT =
      "{\"error\":\"OPERATION_TIME_LIMIT\",\"error_description\":\"Method is blocked\"}";

  private static final OperatingLimitPolicy WAIT_UP_TO_5_S =
      OperatingLimitPolicy.waitUpTo(Duration.ofSeconds(5));

  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();

  private TestItemApi apiWith(OperatingLimitPolicy policy) {
    return TestClients.webhook(fake.portal()).operatingLimit(policy).build().api(TestItemApi.class);
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
    fake.portal().enqueue(successResettingAt(resetAt), Reply.json(429, OPERATING_LIMIT));
    TestItemApi api = apiWith(WAIT_UP_TO_5_S);

    api.list(new TestItemListRequest(1L));
    api.list(new TestItemListRequest(1L));

    var received = fake.portal().received();
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
    fake.portal()
        .enqueue(successResettingAt(resetAt))
        .otherwise(r -> Reply.json(429, OPERATING_LIMIT));
    TestItemApi api = apiWith(WAIT_UP_TO_5_S);
    api.list(new TestItemListRequest(1L));
    assertThrows(
        TestErrors.OperationTimeLimitException.class, () -> api.list(new TestItemListRequest(1L)));
    assertEquals(3, fake.portal().received().size());
  }

  @Test
  void failFastThrowsTheTypedExceptionAtOnce() {
    long resetAt = System.currentTimeMillis() / 1000 + 1;
    fake.portal().enqueue(successResettingAt(resetAt), Reply.json(429, OPERATING_LIMIT));
    TestItemApi api = apiWith(OperatingLimitPolicy.failFast());
    api.list(new TestItemListRequest(1L));
    var e =
        assertThrows(
            TestErrors.OperationTimeLimitException.class,
            () -> api.list(new TestItemListRequest(1L)));
    assertEquals(429, e.httpStatus());
    assertEquals(2, fake.portal().received().size());
  }

  @Test
  void aResetBeyondTheBoundFailsFast() {
    long resetAt = System.currentTimeMillis() / 1000 + 600;
    fake.portal().enqueue(successResettingAt(resetAt), Reply.json(429, OPERATING_LIMIT));
    TestItemApi api = apiWith(WAIT_UP_TO_5_S);
    api.list(new TestItemListRequest(1L));
    long start = System.nanoTime();
    assertThrows(
        TestErrors.OperationTimeLimitException.class, () -> api.list(new TestItemListRequest(1L)));
    assertTrue(System.nanoTime() - start < 1_000_000_000L);
    assertEquals(2, fake.portal().received().size());
  }

  @Test
  void anUnknownResetFailsFast() {
    fake.portal().enqueue(Reply.json(429, OPERATING_LIMIT));
    TestItemApi api = TestClients.itemApi(fake.portal());
    assertThrows(
        TestErrors.OperationTimeLimitException.class, () -> api.list(new TestItemListRequest(1L)));
    assertEquals(1, fake.portal().received().size());
  }
}
