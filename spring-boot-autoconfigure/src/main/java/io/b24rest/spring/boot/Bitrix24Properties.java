package io.b24rest.spring.boot;

import io.b24rest.runtime.HttpLogLevel;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code bitrix24.*} settings of the auto-configured client. Set either {@code
 * bitrix24.webhook-url} or {@code bitrix24.portal-url} with {@code bitrix24.oauth.*}. The secret
 * ones (the webhook URL, the client secret, the tokens) are masked in {@code /actuator/env} and
 * {@code /actuator/configprops} and in {@link #toString()}.
 */
@ConfigurationProperties(prefix = "bitrix24")
public class Bitrix24Properties {
  /**
   * The inbound webhook, such as https://your.bitrix24.com/rest/1/secret/. Holds a secret: keep it
   * out of the repository (an environment variable BITRIX24_WEBHOOKURL, a secret store).
   */
  private @Nullable String webhookUrl;

  /** The portal of an OAuth application, such as https://your.bitrix24.com. */
  private @Nullable String portalUrl;

  /** The OAuth application's credentials and tokens, with portal-url. */
  private final OAuth oauth = new OAuth();

  /** The portal's plan the client paces itself to. */
  private final RateLimitSettings rateLimit = new RateLimitSettings();

  /** Retries after rate limits, 5xx and connection failures. */
  private final Retry retry = new Retry();

  /** How long to wait for a connection. */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** How long one attempt may wait for the whole answer. */
  private Duration readTimeout = Duration.ofSeconds(65);

  /** How long one call may take in all, attempts and waits together; unset for no limit. */
  private @Nullable Duration callTimeout;

  /** How much of each HTTP exchange to log (secrets masked). */
  private HttpLogLevel httpLogLevel = HttpLogLevel.NONE;

  /** Whether write calls without a caller's key get a generated Idempotency-Key. */
  private boolean automaticIdempotencyKeys = true;

  /** Metrics of the calls, when a MeterRegistry bean is present. */
  private final Toggle metrics = new Toggle();

  /** One Observation (a span through a tracing bridge) per call, with an ObservationRegistry. */
  private final Toggle observations = new Toggle();

  /** The actuator health indicator. */
  private final Health health = new Health();

  /** The inbound webhook URL (a secret). */
  public @Nullable String getWebhookUrl() {
    return webhookUrl;
  }

  /** Sets the inbound webhook URL. */
  public void setWebhookUrl(@Nullable String webhookUrl) {
    this.webhookUrl = webhookUrl;
  }

  /** The portal URL of an OAuth application. */
  public @Nullable String getPortalUrl() {
    return portalUrl;
  }

  /** Sets the portal URL of an OAuth application. */
  public void setPortalUrl(@Nullable String portalUrl) {
    this.portalUrl = portalUrl;
  }

  /** The OAuth settings. */
  public OAuth getOauth() {
    return oauth;
  }

  /** The rate-limit settings. */
  public RateLimitSettings getRateLimit() {
    return rateLimit;
  }

  /** The retry settings. */
  public Retry getRetry() {
    return retry;
  }

  /** The connect timeout. */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** Sets the connect timeout. */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** The read timeout of one attempt. */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /** Sets the read timeout of one attempt. */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /** The budget of one whole call; null for none. */
  public @Nullable Duration getCallTimeout() {
    return callTimeout;
  }

  /** Sets the budget of one whole call. */
  public void setCallTimeout(@Nullable Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /** The HTTP log level. */
  public HttpLogLevel getHttpLogLevel() {
    return httpLogLevel;
  }

  /** Sets the HTTP log level. */
  public void setHttpLogLevel(HttpLogLevel httpLogLevel) {
    this.httpLogLevel = httpLogLevel;
  }

  /** Whether writes get generated Idempotency-Keys. */
  public boolean isAutomaticIdempotencyKeys() {
    return automaticIdempotencyKeys;
  }

  /** Sets whether writes get generated Idempotency-Keys. */
  public void setAutomaticIdempotencyKeys(boolean automaticIdempotencyKeys) {
    this.automaticIdempotencyKeys = automaticIdempotencyKeys;
  }

  /** The metrics switch. */
  public Toggle getMetrics() {
    return metrics;
  }

  /** The observations switch. */
  public Toggle getObservations() {
    return observations;
  }

  /** The health indicator settings. */
  public Health getHealth() {
    return health;
  }

  /** Names the mode and the portal's host only: no secret. */
  @Override
  public String toString() {
    String mode = webhookUrl != null ? "webhook" : "portal-url=" + portalUrl;
    return "Bitrix24Properties[" + mode + "]";
  }

  /** OAuth application settings. */
  public static class OAuth {
    /** The application's client id. */
    private @Nullable String clientId;

    /** The application's client secret (a secret). */
    private @Nullable String clientSecret;

    /** The current access token (a secret). */
    private @Nullable String accessToken;

    /** The refresh token (a secret); with client-id and client-secret, expired tokens renew. */
    private @Nullable String refreshToken;

    /** The OAuth server that renews tokens. */
    private String serverUrl = io.b24rest.runtime.auth.Bitrix24OAuthRefresher.DEFAULT_SERVER_URL;

    /** The client id. */
    public @Nullable String getClientId() {
      return clientId;
    }

    /** Sets the client id. */
    public void setClientId(@Nullable String clientId) {
      this.clientId = clientId;
    }

    /** The client secret. */
    public @Nullable String getClientSecret() {
      return clientSecret;
    }

    /** Sets the client secret. */
    public void setClientSecret(@Nullable String clientSecret) {
      this.clientSecret = clientSecret;
    }

    /** The access token. */
    public @Nullable String getAccessToken() {
      return accessToken;
    }

    /** Sets the access token. */
    public void setAccessToken(@Nullable String accessToken) {
      this.accessToken = accessToken;
    }

    /** The refresh token. */
    public @Nullable String getRefreshToken() {
      return refreshToken;
    }

    /** Sets the refresh token. */
    public void setRefreshToken(@Nullable String refreshToken) {
      this.refreshToken = refreshToken;
    }

    /** The OAuth server URL. */
    public String getServerUrl() {
      return serverUrl;
    }

    /** Sets the OAuth server URL. */
    public void setServerUrl(String serverUrl) {
      this.serverUrl = serverUrl;
    }

    @Override
    public String toString() {
      return "OAuth[clientId=" + clientId + "]";
    }
  }

  /** The plan presets of the portal's rate limit. */
  public enum RateLimitPreset {
    /** Standard plans: a burst of 50, 2 requests a second. */
    STANDARD,
    /** Enterprise plans: a burst of 250, 5 requests a second. */
    ENTERPRISE,
    /** burst and per-second as set. */
    CUSTOM,
    /** No pacing (the portal's 503 answers are still retried). */
    OFF
  }

  /** Rate-limit settings. */
  public static class RateLimitSettings {
    /** The plan preset. */
    private RateLimitPreset preset = RateLimitPreset.STANDARD;

    /** With preset custom: the portal's burst threshold. */
    private long burst = 50;

    /** With preset custom: requests a second the portal drains. */
    private long perSecond = 2;

    /** The preset. */
    public RateLimitPreset getPreset() {
      return preset;
    }

    /** Sets the preset. */
    public void setPreset(RateLimitPreset preset) {
      this.preset = preset;
    }

    /** The custom burst. */
    public long getBurst() {
      return burst;
    }

    /** Sets the custom burst. */
    public void setBurst(long burst) {
      this.burst = burst;
    }

    /** The custom rate. */
    public long getPerSecond() {
      return perSecond;
    }

    /** Sets the custom rate. */
    public void setPerSecond(long perSecond) {
      this.perSecond = perSecond;
    }
  }

  /** Retry settings. */
  public static class Retry {
    /** Attempts of one call in all, the first included; 1 for no retry. */
    private int maxAttempts = 5;

    /** The pause before the first retry; it doubles with each one. */
    private Duration initialDelay = Duration.ofMillis(500);

    /** The longest pause. */
    private Duration maxDelay = Duration.ofSeconds(10);

    /** The attempts. */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /** Sets the attempts. */
    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /** The first pause. */
    public Duration getInitialDelay() {
      return initialDelay;
    }

    /** Sets the first pause. */
    public void setInitialDelay(Duration initialDelay) {
      this.initialDelay = initialDelay;
    }

    /** The longest pause. */
    public Duration getMaxDelay() {
      return maxDelay;
    }

    /** Sets the longest pause. */
    public void setMaxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
    }
  }

  /** An on/off switch. */
  public static class Toggle {
    /** Whether it is on. */
    private boolean enabled = true;

    /** Whether it is on. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Turns it on or off. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** Health indicator settings. */
  public static class Health {
    /**
     * A read method without required params (such as user.current... of your specs) that the
     * indicator calls to check the portal; unset: no call, the indicator only reports the client's
     * state.
     */
    private @Nullable String probeMethod;

    /** How long a probe's answer is reused, so that frequent health checks cost one call. */
    private Duration probeInterval = Duration.ofMinutes(1);

    /** The probe method; null for none. */
    public @Nullable String getProbeMethod() {
      return probeMethod;
    }

    /** Sets the probe method. */
    public void setProbeMethod(@Nullable String probeMethod) {
      this.probeMethod = probeMethod;
    }

    /** How long a probe's answer is reused. */
    public Duration getProbeInterval() {
      return probeInterval;
    }

    /** Sets how long a probe's answer is reused. */
    public void setProbeInterval(Duration probeInterval) {
      this.probeInterval = probeInterval;
    }
  }
}
