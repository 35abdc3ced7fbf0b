package io.b24rest.runtime.http;

import java.net.http.HttpTimeoutException;

/**
 * The call's deadline passed before an attempt could be sent: nothing went out, so unlike other
 * timeouts it says nothing about whether the portal ran the call.
 */
public final class DeadlinePassedException extends HttpTimeoutException {
  private static final long serialVersionUID = 1L;

  /** The exception for an attempt not sent. */
  public DeadlinePassedException() {
    super("the call's deadline passed before this attempt");
  }
}
