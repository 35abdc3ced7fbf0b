package io.b24rest.sample;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The global options: where to connect and how much to log. Given on the command line they win;
 * otherwise the environment variables {@value #ENV_WEBHOOK}, {@value #ENV_PORTAL} and {@value
 * #ENV_TOKEN} are read; with neither, the embedded fake portal is used.
 */
final class ConnectionOptions {
  static final String ENV_WEBHOOK = "B24_WEBHOOK_URL";
  static final String ENV_PORTAL = "B24_PORTAL_URL";
  static final String ENV_TOKEN = "B24_ACCESS_TOKEN";
  static final String ENV_REDIS = "B24_REDIS_URL";

  @Option(
      names = "--webhook",
      paramLabel = "URL",
      scope = ScopeType.INHERIT,
      description = "Inbound webhook URL, e.g. https://example.bitrix24.com/rest/1/SECRET/ (env "
          + ENV_WEBHOOK + ").")
  @Nullable String webhook;

  @Option(
      names = "--portal",
      paramLabel = "URL",
      scope = ScopeType.INHERIT,
      description = "Portal URL for OAuth, e.g. https://example.bitrix24.com (env " + ENV_PORTAL
          + "); needs --token.")
  @Nullable String portal;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      scope = ScopeType.INHERIT,
      description = "OAuth access token for --portal (env " + ENV_TOKEN
          + "; prefer the variable: arguments show in the process list).")
  @Nullable String token;

  @Option(
      names = "--redis",
      paramLabel = "URL",
      scope = ScopeType.INHERIT,
      description = "Pace through the Redis at URL, e.g. redis://:PASSWORD@host:6379, so that"
          + " several processes share the portal's budget (env " + ENV_REDIS + ").")
  @Nullable String redis;

  @Option(
      names = "--rate-limit",
      paramLabel = "PLAN",
      scope = ScopeType.INHERIT,
      description = "The portal's rate limit: standard (50/2, the default), enterprise (250/5),"
          + " off, or <burst>/<perSecond> such as 10/1. Default off for the embedded portal.")
  @Nullable String rateLimit;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Log each HTTP exchange to stderr, secrets masked.")
  boolean verbose;

  /**
   * The connection the options ask for, else the one the environment gives, else the embedded
   * portal.
   *
   * @throws UsageException if the options or the variables are incomplete or contradictory
   */
  Connection resolve(Map<String, String> environment) {
    if (webhook != null || portal != null || token != null) {
      return pick(webhook, portal, token, "--webhook", "--portal", "--token");
    }
    String envWebhook = blankToNull(environment.get(ENV_WEBHOOK));
    String envPortal = blankToNull(environment.get(ENV_PORTAL));
    String envToken = blankToNull(environment.get(ENV_TOKEN));
    if (envWebhook != null || envPortal != null || envToken != null) {
      return pick(envWebhook, envPortal, envToken, ENV_WEBHOOK, ENV_PORTAL, ENV_TOKEN);
    }
    return new Connection.Embedded();
  }

  private static Connection pick(
      @Nullable String webhook,
      @Nullable String portal,
      @Nullable String token,
      String webhookName,
      String portalName,
      String tokenName) {
    if (webhook != null && (portal != null || token != null)) {
      throw new UsageException(
          "give either " + webhookName + " or " + portalName + " with " + tokenName + ", not both");
    }
    if (webhook != null) {
      return new Connection.Webhook(webhook);
    }
    if (portal == null) {
      throw new UsageException(tokenName + " needs " + portalName);
    }
    if (token == null) {
      throw new UsageException(portalName + " needs " + tokenName);
    }
    return new Connection.OAuth(portal, token);
  }

  /** The Redis URL of {@code --redis}, else of {@value #ENV_REDIS}, if any. */
  @Nullable String redis(Map<String, String> environment) {
    return redis != null ? blankToNull(redis) : blankToNull(environment.get(ENV_REDIS));
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
