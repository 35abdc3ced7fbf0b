package io.b24rest.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The webhook and the OAuth access token the portal accepts, and the tokens it has expired. Never
 * printed: {@link #toString()} shows no secret.
 */
final class Credentials {
  /** What checking an access token gave. */
  enum TokenCheck {
    VALID,
    EXPIRED,
    WRONG
  }

  private final String webhookUserId;
  private final String webhookSecret;
  private volatile String accessToken;
  private final Set<String> expiredTokens = ConcurrentHashMap.newKeySet();
  private final String initialToken;

  Credentials(long webhookUserId, String webhookSecret, String accessToken) {
    if (webhookUserId < 1) {
      throw new IllegalArgumentException("webhook user id must be positive, got " + webhookUserId);
    }
    requireToken("webhook secret", webhookSecret);
    requireToken("access token", accessToken);
    this.webhookUserId = Long.toString(webhookUserId);
    this.webhookSecret = webhookSecret;
    this.accessToken = accessToken;
    this.initialToken = accessToken;
  }

  String webhookUserId() {
    return webhookUserId;
  }

  String webhookSecret() {
    return webhookSecret;
  }

  String accessToken() {
    return accessToken;
  }

  boolean isWebhook(String userId, String secret) {
    return webhookUserId.equals(userId) && constantTimeEquals(webhookSecret, secret);
  }

  TokenCheck checkToken(String token) {
    if (expiredTokens.contains(token)) {
      return TokenCheck.EXPIRED;
    }
    return constantTimeEquals(accessToken, token) ? TokenCheck.VALID : TokenCheck.WRONG;
  }

  /** The current token stops working with {@code expired_token}, as when its hour is up. */
  void expireToken() {
    expiredTokens.add(accessToken);
  }

  /** A new token, as a refresh gives; the previous one keeps answering {@code expired_token}. */
  void issueToken(String token) {
    requireToken("access token", token);
    expiredTokens.add(accessToken);
    expiredTokens.remove(token);
    accessToken = token;
  }

  void reset() {
    expiredTokens.clear();
    accessToken = initialToken;
  }

  @Override
  public String toString() {
    return "Credentials[webhook user " + webhookUserId + ", secrets hidden]";
  }

  private static void requireToken(String what, String value) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()
        || value.contains("/")
        || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException(
          what + " must be non-empty printable ASCII without spaces or '/'");
    }
  }

  private static boolean constantTimeEquals(String expected, String actual) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }
}
