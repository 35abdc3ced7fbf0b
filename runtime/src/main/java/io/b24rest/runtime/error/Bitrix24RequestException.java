package io.b24rest.runtime.error;

import io.b24rest.core.Bitrix24Exception;

/**
 * The call could not be made at all: the request object could not be turned into JSON, or the
 * client failed in a way that is neither an answer of the portal nor a transport failure.
 */
public final class Bitrix24RequestException extends Bitrix24Exception {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed; never a secret
   */
  public Bitrix24RequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
