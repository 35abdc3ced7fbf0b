package io.b24rest.processor.writer;

/**
 * Valid specs that still cannot all become Java: two of them map to the same Java type. The
 * message says which type and what to rename; the processor reports it as a compile error.
 */
public final class NameClashException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NameClashException(String message) {
    super(message);
  }
}
