package io.b24rest.sample;

/** The command line asks for something that cannot be done: reported as a usage error. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
