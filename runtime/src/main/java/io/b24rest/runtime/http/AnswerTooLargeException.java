package io.b24rest.runtime.http;

import java.io.IOException;

/** An answer grew past the client's size cap; it was read no further. */
public final class AnswerTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final long maxBytes;

  /**
   * The exception for an answer over the cap.
   *
   * @param status the answer's HTTP status
   * @param maxBytes the cap the body went over
   */
  public AnswerTooLargeException(int status, long maxBytes) {
    super("the answer is larger than the limit of " + maxBytes + " bytes");
    this.status = status;
    this.maxBytes = maxBytes;
  }

  /** The HTTP status of the answer. */
  public int status() {
    return status;
  }

  /** The cap it passed. */
  public long maxBytes() {
    return maxBytes;
  }
}
