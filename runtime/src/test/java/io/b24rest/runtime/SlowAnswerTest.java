package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.core.Bitrix24Exception;
import io.b24rest.core.Bitrix24TransportException;
import io.b24rest.runtime.auth.Bitrix24OAuthRefresher;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.retry.RetryPolicy;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The read timeout bounds the whole answer; the call timeout bounds the whole call. */
class SlowAnswerTest {
  /** 40 bytes at 250 ms each: ten seconds for the whole body. */
  private static final Reply TRICKLE =
      FakePortal.ok("{\"items\":[]}").trickled(250);

  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void aBodyTricklingInIsBoundByTheReadTimeout() {
    fake.portal().otherwise(r -> TRICKLE);
    TestItemApi api =
        TestClients.webhook(fake.portal())
            .retryPolicy(RetryPolicy.none())
            .readTimeout(Duration.ofSeconds(1))
            .build()
            .api(TestItemApi.class);
    long start = System.nanoTime();
    assertThrows(Bitrix24TransportException.class, () -> api.list(new TestItemListRequest(1L)));
    long took = millisSince(start);
    assertTrue(took < 3_000, "the call took " + took + " ms");
  }

  @Test
  void theCallTimeoutBoundsEveryAttemptAndWaitTogether() {
    fake.portal()
        .otherwise(
            r ->
                Reply.json(503, "{\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":\"\"}")
                    .delayed(300));
    TestItemApi api =
        TestClients.webhook(fake.portal())
            .retryPolicy(new RetryPolicy(100, Duration.ofMillis(200), Duration.ofMillis(200)))
            .callTimeout(Duration.ofMillis(1_500))
            .build()
            .api(TestItemApi.class);
    long start = System.nanoTime();
    assertThrows(Bitrix24Exception.class, () -> api.list(new TestItemListRequest(1L)));
    long took = millisSince(start);
    assertTrue(took < 2_500, "the call took " + took + " ms");
  }

  @Test
  void theOAuthServerTricklingItsAnswerIsBoundByTheRefresherTimeout() {
    fake.portal()
        .otherwise(
            r ->
                Reply.json(200, "{\"access_token\":\"a0000001\",\"refresh_token\":\"r0000001\"}")
                    .trickled(250));
    var refresher =
        Bitrix24OAuthRefresher.builder("app.1", "clientSecret0001")
            .serverUrl(fake.portal().origin() + "/oauth/token/")
            .timeout(Duration.ofSeconds(1))
            .build();
    long start = System.nanoTime();
    assertThrows(
        Bitrix24TransportException.class,
        () -> refresher.refresh(OAuthTokens.of("access0001", "refresh0001")));
    long took = millisSince(start);
    assertTrue(took < 3_000, "the refresh took " + took + " ms");
  }
}
