package io.b24rest.runtime.auth;

import io.b24rest.runtime.internal.auth.TokenStore;

/**
 * Buys a new token pair when the portal answers {@code expired_token}. The client calls it once per
 * expired token, however many threads saw that token expire; after a failure, again no sooner than
 * {@link TokenStore#FIRST_RETRY_DELAY} later (doubled per failure in a row, at most {@link
 * TokenStore#MAX_RETRY_DELAY}).
 *
 * <p>{@link Bitrix24OAuthRefresher} implements it for the standard Bitrix24 OAuth server.
 */
@FunctionalInterface
public interface TokenRefresher {
  /**
   * Returns a fresh token pair.
   *
   * @param expired the pair whose access token the portal rejected
   * @return the new pair; never null
   */
  OAuthTokens refresh(OAuthTokens expired);
}
