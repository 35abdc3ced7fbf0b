package io.b24rest.core;

/**
 * A call was made through a client that has been closed: its HTTP client, executor and pacing state
 * are released, so no request was sent.
 */
public class Bitrix24ClientClosedException extends Bitrix24Exception {
  private static final long serialVersionUID = 1L;

  /** @param what what was attempted, for the message (must not contain a secret) */
  public Bitrix24ClientClosedException(String what) {
    super(what + ": the Bitrix24 client is closed");
  }
}
