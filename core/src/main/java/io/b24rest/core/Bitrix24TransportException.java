package io.b24rest.core;

import org.jspecify.annotations.Nullable;

/**
 * No answer could be obtained from the portal: the connection was refused, reset, dropped or timed
 * out, after every retry the call was allowed.
 */
public class Bitrix24TransportException extends Bitrix24Exception {
  private static final long serialVersionUID = 1L;

  private final @Nullable String method;

  /**
   * @param message what failed; must not contain a secret
   * @param method the REST method that was called, when known
   * @param cause the last I/O failure
   */
  public Bitrix24TransportException(String message, @Nullable String method, Throwable cause) {
    super(method == null ? message : method + ": " + message, cause);
    this.method = method;
  }

  /** The REST method that was called, when known. */
  public @Nullable String method() {
    return method;
  }
}
