package io.b24rest.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.b24rest.core.ApiError;
import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.Bitrix24ProtocolException;
import io.b24rest.core.Bitrix24TransportException;
import io.b24rest.runtime.Bitrix24Json;
import io.b24rest.runtime.internal.error.BodyExcerpt;
import io.b24rest.runtime.internal.error.ErrorBodies;
import io.b24rest.runtime.internal.http.BoundedExchange;
import io.b24rest.runtime.internal.http.CappedBody;
import io.b24rest.runtime.internal.http.LoopbackHosts;
import io.b24rest.runtime.internal.logging.Redactor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renews tokens at the standard Bitrix24 OAuth server ({@code https://oauth.bitrix.info}) with the
 * {@code refresh_token} grant (see the docs' {@code settings/oauth/auto-renewal.md}) and hands
 * every new pair to a callback, which should persist it: the old refresh token stops working.
 *
 * <pre>{@code
 * TokenRefresher refresher = Bitrix24OAuthRefresher.builder(clientId, clientSecret)
 *     .onRefresh(tokens -> store.save(tokens))
 *     .build();
 * }</pre>
 *
 * <p>Failures: an error answer of the server ({@code invalid_grant}, {@code PAYMENT_REQUIRED}...)
 * is a {@link Bitrix24ApiException}; a garbled answer a {@link Bitrix24ProtocolException}; no
 * answer a {@link Bitrix24TransportException}. No message contains a token or the client secret.
 */
public final class Bitrix24OAuthRefresher implements TokenRefresher {
  /** The standard Bitrix24 OAuth server's token endpoint. */
  public static final String DEFAULT_SERVER_URL = "https://oauth.bitrix.info/oauth/token/";

  private static final Logger LOG = LoggerFactory.getLogger(Bitrix24OAuthRefresher.class);
  private static final String METHOD = "oauth/token";

  /** A token answer is a few hundred bytes; anything past this is not one. */
  private static final long MAX_ANSWER_BYTES = 1024 * 1024;

  private final String clientId;
  private final String clientSecret;
  private final URI serverUrl;
  private final Consumer<OAuthTokens> onRefresh;
  private final Duration timeout;
  private final HttpClient http;
  private final ObjectMapper mapper = Bitrix24Json.newObjectMapper();

  private Bitrix24OAuthRefresher(Builder builder) {
    this.clientId = builder.clientId;
    this.clientSecret = builder.clientSecret;
    this.serverUrl = builder.serverUrl;
    this.onRefresh = builder.onRefresh;
    this.timeout = builder.timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Starts a refresher of the application {@code clientId}. */
  public static Builder builder(String clientId, String clientSecret) {
    return new Builder(clientId, clientSecret);
  }

  @Override
  public OAuthTokens refresh(OAuthTokens expired) {
    String refreshToken = expired.refreshToken();
    if (refreshToken == null || refreshToken.isBlank()) {
      throw new TokenRefreshException("the token pair has no refresh token");
    }
    Redactor redactor = new Redactor();
    redactor.addSecret(clientSecret);
    redactor.addSecret(refreshToken);
    redactor.addSecret(expired.accessToken());
    URI uri =
        URI.create(
            serverUrl
                + (serverUrl.getRawQuery() == null ? "?" : "&")
                + "grant_type=refresh_token"
                + "&client_id="
                + encode(clientId)
                + "&client_secret="
                + encode(clientSecret)
                + "&refresh_token="
                + encode(refreshToken));
    LOG.debug("refreshing OAuth tokens at {}", serverUrl.getHost());
    HttpResponse<byte[]> answer;
    try {
      answer =
          BoundedExchange.send(
              http,
              HttpRequest.newBuilder(uri)
                  .timeout(timeout)
                  .GET()
                  .header("Accept", "application/json")
                  .build(),
              new CappedBody(MAX_ANSWER_BYTES),
              timeout);
    } catch (InterruptedIOException e) {
      throw new Bitrix24TransportException("interrupted during token refresh", METHOD, e);
    } catch (IOException e) {
      throw new Bitrix24TransportException(
          "token refresh failed: " + e.getClass().getSimpleName(),
          METHOD,
          redactor.redactChain(e));
    }
    OAuthTokens fresh = readTokens(answer.statusCode(), answer.body(), redactor);
    try {
      onRefresh.accept(fresh);
    } catch (RuntimeException e) {
      // The new pair is valid either way; failing the call would not bring the old one back.
      LOG.warn(
          "the onRefresh callback failed ({}); the new tokens were not persisted",
          e.getClass().getSimpleName());
    }
    return fresh;
  }

  private OAuthTokens readTokens(int status, byte[] body, Redactor redactor) {
    JsonNode root;
    try {
      root = body == null || body.length == 0 ? null : mapper.readTree(body);
    } catch (IOException | RuntimeException e) {
      root = null;
    }
    if (root == null || !root.isObject()) {
      throw new Bitrix24ProtocolException(
          status,
          "the OAuth server's answer is not a JSON object",
          BodyExcerpt.of(body, redactor),
          METHOD);
    }
    ApiError error = ErrorBodies.read(root, status, METHOD, redactor);
    if (error != null) {
      throw new Bitrix24ApiException(error);
    }
    String access = text(root, "access_token");
    String refresh = text(root, "refresh_token");
    if (status / 100 != 2 || access == null) {
      throw new Bitrix24ProtocolException(
          status,
          "the OAuth server's answer has no access_token",
          BodyExcerpt.of(body, redactor),
          METHOD);
    }
    JsonNode expires = root.get("expires");
    Instant expiresAt =
        expires != null && expires.canConvertToLong()
            ? Instant.ofEpochSecond(expires.asLong())
            : null;
    return new OAuthTokens(access, refresh, expiresAt);
  }

  private static @Nullable String text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "Bitrix24OAuthRefresher[" + serverUrl.getHost() + ", client " + clientId + "]";
  }

  /** Configures a {@link Bitrix24OAuthRefresher}. */
  public static final class Builder {
    private final String clientId;
    private final String clientSecret;
    private URI serverUrl = URI.create(DEFAULT_SERVER_URL);
    private Consumer<OAuthTokens> onRefresh = tokens -> {};
    private Duration timeout = Duration.ofSeconds(30);

    private Builder(String clientId, String clientSecret) {
      if (clientId == null
          || clientId.isBlank()
          || clientSecret == null
          || clientSecret.isBlank()) {
        throw new IllegalArgumentException("clientId and clientSecret are required");
      }
      this.clientId = clientId;
      this.clientSecret = clientSecret;
    }

    /**
     * The token endpoint; default {@link Bitrix24OAuthRefresher#DEFAULT_SERVER_URL}. Must be https,
     * except on a loopback host (for tests).
     */
    public Builder serverUrl(String url) {
      URI uri;
      try {
        uri = URI.create(Objects.requireNonNull(url, "url"));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("OAuth server URL is not a valid URL");
      }
      String scheme =
          uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      boolean ok =
          uri.getHost() != null
              && (scheme.equals("https")
                  || (scheme.equals("http") && LoopbackHosts.isLoopback(uri.getHost())));
      if (!ok) {
        throw new IllegalArgumentException(
            "OAuth server URL must be https (plain http only to loopback hosts)");
      }
      this.serverUrl = uri;
      return this;
    }

    /** Called with every new token pair, to persist it. */
    public Builder onRefresh(Consumer<OAuthTokens> callback) {
      this.onRefresh = Objects.requireNonNull(callback, "callback");
      return this;
    }

    /**
     * Connect timeout, and the time the OAuth server's whole answer (body included) must arrive in;
     * default 30 s.
     */
    public Builder timeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /** The refresher. */
    public Bitrix24OAuthRefresher build() {
      return new Bitrix24OAuthRefresher(this);
    }
  }
}
