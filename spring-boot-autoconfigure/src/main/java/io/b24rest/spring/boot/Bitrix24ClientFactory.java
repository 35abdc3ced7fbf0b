package io.b24rest.spring.boot;

import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.Bitrix24ClientBuilder;
import io.b24rest.runtime.auth.Bitrix24OAuthRefresher;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.runtime.retry.RetryPolicy;

/** Turns {@link Bitrix24Properties} into a client builder. */
final class Bitrix24ClientFactory {
  private Bitrix24ClientFactory() {}

  /**
   * The builder the properties describe.
   *
   * @throws IllegalStateException if neither or both of webhook-url and portal-url are set, or an
   *     OAuth client lacks its access token; the message names the property, never its value
   */
  static Bitrix24ClientBuilder builder(Bitrix24Properties properties) {
    String webhook = blankToNull(properties.getWebhookUrl());
    String portal = blankToNull(properties.getPortalUrl());
    if ((webhook == null) == (portal == null)) {
      throw new IllegalStateException(
          "set exactly one of bitrix24.webhook-url and bitrix24.portal-url");
    }
    Bitrix24ClientBuilder builder;
    if (webhook != null) {
      builder = Bitrix24Client.webhook(webhook);
    } else {
      Bitrix24Properties.OAuth oauth = properties.getOauth();
      String accessToken = blankToNull(oauth.getAccessToken());
      if (accessToken == null) {
        throw new IllegalStateException(
            "bitrix24.portal-url needs bitrix24.oauth.access-token");
      }
      String refreshToken = blankToNull(oauth.getRefreshToken());
      builder = Bitrix24Client.oauth(portal, OAuthTokens.of(accessToken, refreshToken));
      String clientId = blankToNull(oauth.getClientId());
      String clientSecret = blankToNull(oauth.getClientSecret());
      if (refreshToken != null && clientId != null && clientSecret != null) {
        builder.tokenRefresher(
            Bitrix24OAuthRefresher.builder(clientId, clientSecret)
                .serverUrl(oauth.getServerUrl())
                .build());
      }
    }
    Bitrix24Properties.Retry retry = properties.getRetry();
    builder
        .rateLimit(rateLimit(properties.getRateLimit()))
        .retryPolicy(
            new RetryPolicy(retry.getMaxAttempts(), retry.getInitialDelay(), retry.getMaxDelay()))
        .connectTimeout(properties.getConnectTimeout())
        .readTimeout(properties.getReadTimeout())
        .httpLogLevel(properties.getHttpLogLevel())
        .automaticIdempotencyKeys(properties.isAutomaticIdempotencyKeys());
    if (properties.getCallTimeout() != null) {
      builder.callTimeout(properties.getCallTimeout());
    }
    return builder;
  }

  private static RateLimit rateLimit(Bitrix24Properties.RateLimitSettings settings) {
    return switch (settings.getPreset()) {
      case STANDARD -> RateLimit.standard();
      case ENTERPRISE -> RateLimit.enterprise();
      case OFF -> RateLimit.off();
      case CUSTOM -> RateLimit.custom(settings.getBurst(), settings.getPerSecond());
    };
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
