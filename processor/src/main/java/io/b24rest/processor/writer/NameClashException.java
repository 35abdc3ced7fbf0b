package io.b24rest.processor.writer;

import io.b24rest.spec.model.SourceLocation;
import io.b24rest.spec.validation.SpecDiagnostic;

/**
 * Valid specs that still cannot all become Java: two of them map to the same Java type. The
 * message says which type and what to rename; the processor reports it as a compile error.
 */
public final class NameClashException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Null only when no spec could be found for the type (a bug of the writers). */
  private final transient SourceLocation location;
  private final String fix;

  NameClashException(SourceLocation location, String problem, String fix) {
    super(problem);
    this.location = location;
    this.fix = fix;
  }

  /** The error as a spec diagnostic: at the spec whose Java type clashes, with the fix. */
  public SpecDiagnostic diagnostic() {
    SourceLocation at = location != null ? location : new SourceLocation("bitrix24/spec", 1, 1);
    return new SpecDiagnostic(at, getMessage(), fix);
  }
}
