package io.b24rest.runtime.support;

import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.Bitrix24ClientBuilder;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.runtime.retry.RetryPolicy;
import io.b24rest.runtime.testapi.TestErrors;
import io.b24rest.runtime.testapi.TestItemApi;
import java.time.Duration;

/** Builders preset for fast tests: no pacing, tiny backoff, the test error registry. */
public final class TestClients {
  /** 4 attempts, 1-5 ms apart. */
  public static final RetryPolicy FAST_RETRIES =
      new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(5));

  private TestClients() {}

  public static Bitrix24ClientBuilder webhook(FakePortal portal) {
    return Bitrix24Client.webhook(portal.webhookUrl())
        .rateLimit(RateLimit.off())
        .retryPolicy(FAST_RETRIES)
        .readTimeout(Duration.ofSeconds(5))
        .errorFactory(TestErrors.INSTANCE);
  }

  /** The test items API of a webhook client with these defaults, for tests that tune nothing. */
  public static TestItemApi itemApi(FakePortal portal) {
    return webhook(portal).build().api(TestItemApi.class);
  }

  public static Bitrix24ClientBuilder oauth(FakePortal portal, OAuthTokens tokens) {
    return Bitrix24Client.oauth(portal.origin(), tokens)
        .rateLimit(RateLimit.off())
        .retryPolicy(FAST_RETRIES)
        .readTimeout(Duration.ofSeconds(5))
        .errorFactory(TestErrors.INSTANCE);
  }
}
