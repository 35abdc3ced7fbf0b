package io.b24rest.sample;

import io.b24rest.ratelimit.redis.RedisPacing;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.Bitrix24ClientBuilder;
import io.b24rest.runtime.HttpLogLevel;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.runtime.retry.RetryPolicy;
import io.b24rest.testkit.FakeBitrix24Portal;
import java.io.PrintWriter;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A client for one command run, with what it needs around it: the embedded portal when no
 * connection was given, and the HTTP log when {@code --verbose} was.
 */
final class ClientSession implements AutoCloseable {
  /**
   * Fewer attempts than the library default: a person waits at the terminal, and an unreachable
   * portal should say so within a second or two.
   */
  static final RetryPolicy CLI_RETRIES =
      new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2));

  private final Bitrix24Client client;
  private final @Nullable FakeBitrix24Portal portal;
  private final @Nullable HttpLog httpLog;
  private final @Nullable RedisPacing pacing;

  private ClientSession(
      Bitrix24Client client,
      @Nullable FakeBitrix24Portal portal,
      @Nullable HttpLog httpLog,
      @Nullable RedisPacing pacing) {
    this.client = client;
    this.portal = portal;
    this.httpLog = httpLog;
    this.pacing = pacing;
  }

  /**
   * Opens the connection {@code app}'s options and environment ask for.
   *
   * @throws UsageException if they are incomplete, or a URL is malformed
   */
  static ClientSession open(SampleClient app, PrintWriter err) {
    Connection connection = app.resolveConnection();
    boolean verbose = app.connection.verbose;
    String rateLimitOption = app.connection.rateLimit;
    RateLimit rateLimit = rateLimitOption == null ? null : RateLimitOption.parse(rateLimitOption);
    RedisPacing.Builder redis = redisBuilder(app.redisUrl());
    FakeBitrix24Portal portal = null;
    Bitrix24ClientBuilder builder;
    try {
      if (connection instanceof Connection.Webhook webhook) {
        builder = Bitrix24Client.webhook(webhook.url());
      } else if (connection instanceof Connection.OAuth oauth) {
        builder =
            Bitrix24Client.oauth(oauth.portalUrl(), OAuthTokens.of(oauth.accessToken(), null));
      } else {
        portal = FakeBitrix24Portal.builder().start();
        err.println(
            "note: no --webhook or --portal/--token given (nor B24_WEBHOOK_URL, B24_PORTAL_URL):"
                + " running against an embedded fake portal at "
                + portal.baseUrl());
        err.flush();
        // The embedded portal has no rate limit, so the client need not pace itself.
        builder = Bitrix24Client.webhook(portal.webhookUrl()).rateLimit(RateLimit.off());
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (rateLimit != null) {
      builder.rateLimit(rateLimit);
    }
    RedisPacing pacing = null;
    try {
      if (redis != null) {
        pacing = redis.build();
        builder.pacing(pacing);
      }
      Bitrix24Client client =
          builder
              .retryPolicy(CLI_RETRIES)
              .httpLogLevel(verbose ? HttpLogLevel.FULL : HttpLogLevel.NONE)
              .build();
      HttpLog log = verbose ? HttpLog.to(err, app.secrets()) : null;
      return new ClientSession(client, portal, log, pacing);
    } catch (RuntimeException e) {
      if (pacing != null) {
        pacing.close();
      }
      if (portal != null) {
        portal.close();
      }
      throw e;
    }
  }

  private static RedisPacing.@Nullable Builder redisBuilder(@Nullable String redisUrl) {
    if (redisUrl == null) {
      return null;
    }
    try {
      return RedisPacing.builder(redisUrl);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--redis: " + e.getMessage());
    }
  }

  /** The client of this run. */
  Bitrix24Client client() {
    return client;
  }

  @Override
  public void close() {
    if (httpLog != null) {
      httpLog.close();
    }
    if (pacing != null) {
      pacing.close();
    }
    if (portal != null) {
      portal.close();
    }
  }
}
