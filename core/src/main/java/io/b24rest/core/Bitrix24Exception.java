package io.b24rest.core;

/**
 * Base of every exception the client throws. Callers that want one catch clause for all failures
 * of a Bitrix24 call catch this type.
 *
 * <p>Messages never contain a webhook secret or an access token.
 */
public abstract class Bitrix24Exception extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected Bitrix24Exception(String message, Throwable cause) {
    super(message, cause);
  }

  protected Bitrix24Exception(String message) {
    super(message);
  }
}
