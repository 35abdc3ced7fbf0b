package io.b24rest.spectools;

/** A failure the user can act on: its message is the one line printed, with this exit code. */
public final class ToolException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public ToolException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
