package io.b24rest.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The OAuth application the portal knows, and its current refresh token: what the fake
 * authorization server checks a {@code refresh_token} grant against. Never printed.
 */
final class OAuthApplication {
  /**
   * Why a grant was refused: the authorization server's error codes
   * (settings/oauth/error-codes.md).
   */
  enum Refusal {
    INVALID_REQUEST(
        "invalid_request", "An incorrectly formatted authorization request was provided"),
    INVALID_CLIENT("invalid_client", "Invalid client data was provided"),
    INVALID_GRANT("invalid_grant", "Invalid authorization data was provided");

    final String code;
    final String description;

    Refusal(String code, String description) {
      this.code = code;
      this.description = description;
    }
  }

  /** A new token pair. */
  record Grant(String accessToken, String refreshToken) {
    @Override
    public String toString() {
      return "Grant[tokens hidden]";
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String clientId;
  private final String clientSecret;
  private final String initialRefreshToken;
  private String refreshToken;
  private int refreshes;

  OAuthApplication(String clientId, String clientSecret, String refreshToken) {
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    this.initialRefreshToken = Objects.requireNonNull(refreshToken, "refreshToken");
    this.refreshToken = refreshToken;
  }

  String clientId() {
    return clientId;
  }

  String clientSecret() {
    return clientSecret;
  }

  synchronized String refreshToken() {
    return refreshToken;
  }

  synchronized int refreshes() {
    return refreshes;
  }

  /**
   * Checks a {@code refresh_token} grant; on success the refresh token is replaced by a new one and
   * a new access token is drawn, which the caller makes the portal accept.
   */
  synchronized Optional<Refusal> check(
      Optional<String> grantType,
      Optional<String> givenClientId,
      Optional<String> givenSecret,
      Optional<String> givenRefreshToken) {
    if (!grantType.equals(Optional.of("refresh_token")) || givenRefreshToken.isEmpty()) {
      return Optional.of(Refusal.INVALID_REQUEST);
    }
    if (!givenClientId.equals(Optional.of(clientId))
        || !same(clientSecret, givenSecret.orElse(""))) {
      return Optional.of(Refusal.INVALID_CLIENT);
    }
    if (!same(refreshToken, givenRefreshToken.get())) {
      return Optional.of(Refusal.INVALID_GRANT);
    }
    return Optional.empty();
  }

  /** Replaces the refresh token after a successful {@link #check}; returns the new pair. */
  synchronized Grant renew() {
    refreshes++;
    refreshToken = newToken();
    return new Grant(newToken(), refreshToken);
  }

  synchronized void reset() {
    refreshToken = initialRefreshToken;
    refreshes = 0;
  }

  @Override
  public String toString() {
    return "OAuthApplication[" + clientId + ", secrets hidden]";
  }

  /** 32 hex digits, like the portal's tokens. */
  private static String newToken() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static boolean same(String expected, String actual) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }
}
