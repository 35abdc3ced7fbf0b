package io.b24rest.runtime.auth;

import io.b24rest.core.Bitrix24Exception;

/** A caller-supplied {@link TokenRefresher} failed or returned nothing usable. */
public final class TokenRefreshException extends Bitrix24Exception {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong; never a token
   */
  public TokenRefreshException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * @param message what went wrong; never a token
   */
  public TokenRefreshException(String message) {
    super(message);
  }
}
