package io.b24rest.runtime.internal.logging;

/**
 * Stands in for an exception whose message held a secret: the original's class name and masked
 * message, its stack trace, and its cause chain treated alike. It prints like the original ({@code
 * java.lang.IllegalStateException: cannot refresh ***}), so logs stay useful without the secret.
 */
public final class RedactedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private static final int MAX_DEPTH = 32;

  private final String originalClassName;

  private RedactedException(String originalClassName, String message) {
    super(message);
    this.originalClassName = originalClassName;
  }

  /** A masked copy of {@code thrown} and its causes. */
  static RedactedException copyOf(Throwable thrown, Redactor redactor) {
    return copyOf(thrown, redactor, 0);
  }

  private static RedactedException copyOf(Throwable thrown, Redactor redactor, int depth) {
    RedactedException copy =
        new RedactedException(
            thrown instanceof RedactedException r ? r.originalClassName : thrown.getClass().getName(),
            thrown.getMessage() == null ? null : redactor.redact(thrown.getMessage()));
    copy.setStackTrace(thrown.getStackTrace());
    Throwable cause = thrown.getCause();
    if (cause != null && cause != thrown && depth < MAX_DEPTH) {
      copy.initCause(copyOf(cause, redactor, depth + 1));
    }
    return copy;
  }

  /** The class of the exception this one stands in for. */
  public String originalClassName() {
    return originalClassName;
  }

  @Override
  public String toString() {
    String message = getLocalizedMessage();
    return message == null ? originalClassName : originalClassName + ": " + message;
  }
}
