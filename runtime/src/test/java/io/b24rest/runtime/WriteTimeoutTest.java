package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import io.b24rest.core.Bitrix24OutcomeUnknownException;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.LogCapture;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestItemAddRequest;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A read timeout below the portal's 60 s cut: a write whose answer timed out may still run on the
 * portal, so it is not sent again (a repeat under its key could run beside it); reads are.
 */
class WriteTimeoutTest {
  /** The portal's answer comes after the client stopped waiting for it. */
  private static final long SLOW_MILLIS = 3_000;

  private static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(1_000);

  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();
  @RegisterExtension final LogCapture logs = new LogCapture();

  @Test
  void aWriteWhoseAnswerTimedOutIsNotSentAgainAndEndsWithItsOutcomeUnknown() throws Exception {
    fake.portal().otherwise(r -> FakePortal.ok("{\"id\":42}").delayed(SLOW_MILLIS));
    TestItemApi api =
        TestClients.webhook(fake.portal())
            .readTimeout(SHORT_READ_TIMEOUT)
            .build()
            .api(TestItemApi.class);

    var thrown =
        assertThrows(
            Bitrix24OutcomeUnknownException.class, () -> api.add(new TestItemAddRequest("x")));

    // Retries here are 1-5 ms apart: a repeat would have arrived by now.
    Thread.sleep(300);
    List<FakePortal.Recorded> received = fake.portal().received();
    assertEquals(1, received.size(), "the write was sent once");
    assertNotNull(received.get(0).header("Idempotency-Key"));
    assertTrue(thrown.getMessage().startsWith("test.item.add: "), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("outcome of this write is unknown"));
    assertTrue(thrown.getMessage().contains("may still run"));
    assertFalse(thrown.getMessage().contains(FakePortal.SECRET));
  }

  @Test
  void aReadWhoseAnswerTimedOutIsRetried() {
    fake.portal()
        .enqueue(FakePortal.ok("{\"items\":[]}").delayed(SLOW_MILLIS))
        .otherwise(r -> FakePortal.ok("{\"items\":[]}"));
    TestItemApi api =
        TestClients.webhook(fake.portal())
            .readTimeout(SHORT_READ_TIMEOUT)
            .build()
            .api(TestItemApi.class);

    assertNotNull(api.list(new TestItemListRequest(1L)).result());
    // At least the slow attempt and its repeat (a loaded machine may time out a repeat too).
    assertTrue(fake.portal().received().size() >= 2, String.valueOf(fake.portal().received()));
  }

  @Test
  void aWriteAnsweredWithAServerErrorIsStillRetriedUnderItsKey() {
    fake.portal()
        .enqueue(Reply.json(500, "{\"error\":\"INTERNAL_SERVER_ERROR\",\"error_description\":\"\"}"))
        .otherwise(r -> FakePortal.ok("{\"id\":42}"));
    TestItemApi api =
        TestClients.webhook(fake.portal())
            .readTimeout(SHORT_READ_TIMEOUT)
            .build()
            .api(TestItemApi.class);

    assertEquals(42L, api.add(new TestItemAddRequest("x")).result().id());
    var received = fake.portal().received();
    assertEquals(2, received.size());
    assertEquals(received.get(0).header("Idempotency-Key"), received.get(1).header("Idempotency-Key"));
  }

  @Test
  void buildingAClientWithAReadTimeoutBelowThePortalsCutLogsOneWarning() {
    TestClients.webhook(fake.portal()).readTimeout(Duration.ofSeconds(30)).build();

    List<String> warnings = logs.at(Level.WARN);
    assertEquals(1, warnings.size(), String.valueOf(warnings));
    assertTrue(warnings.get(0).contains("readTimeout of 30000 ms"), warnings.get(0));
    assertTrue(warnings.get(0).contains("Bitrix24OutcomeUnknownException"), warnings.get(0));
    assertFalse(warnings.get(0).contains(FakePortal.SECRET), warnings.get(0));
  }

  @Test
  void aReadTimeoutAboveThePortalsCutLogsNoWarning() {
    TestClients.webhook(fake.portal()).readTimeout(Duration.ofSeconds(61)).build();
    Bitrix24Client.webhook(fake.portal().webhookUrl()).build();

    assertEquals(List.of(), logs.at(Level.WARN));
  }
}
