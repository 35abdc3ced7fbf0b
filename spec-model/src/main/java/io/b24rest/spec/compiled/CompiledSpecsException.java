package io.b24rest.spec.compiled;

/** A compiled spec file that cannot be read: the message is one line naming it and the fix. */
public final class CompiledSpecsException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** An exception with this message and no cause (the message says all a user can act on). */
  public CompiledSpecsException(String message) {
    super(message);
  }
}
