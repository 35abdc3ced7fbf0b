package io.b24rest.runtime.auth;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An OAuth 2.0 token pair of a Bitrix24 application. {@link #toString()} masks both tokens.
 *
 * @param accessToken the token sent in the {@code auth} field of every call; lives one hour
 * @param refreshToken the token that buys a new pair; lives 180 days; null if the caller has none
 * @param expiresAt when {@code accessToken} expires, when known
 */
public record OAuthTokens(
    String accessToken, @Nullable String refreshToken, @Nullable Instant expiresAt) {

  /** Rejects a missing or blank access token. */
  public OAuthTokens {
    Objects.requireNonNull(accessToken, "accessToken");
    if (accessToken.isBlank()) {
      throw new IllegalArgumentException("accessToken is blank");
    }
  }

  /** A token pair whose expiry is unknown. */
  public static OAuthTokens of(String accessToken, @Nullable String refreshToken) {
    return new OAuthTokens(accessToken, refreshToken, null);
  }

  @Override
  public String toString() {
    return "OAuthTokens[accessToken=***, refreshToken="
        + (refreshToken == null ? "none" : "***")
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}
