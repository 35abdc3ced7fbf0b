package io.b24rest.spec.validation;

import io.b24rest.spec.model.SourceLocation;

/**
 * One problem found in the specs: where, what is wrong, and how to fix it.
 *
 * @param location the file, line and column
 * @param problem what is wrong, for example {@code unknown type 'integr' of param 'id'}
 * @param fix how to fix it, for example {@code use one of integer, string, ...}
 */
public record SpecDiagnostic(SourceLocation location, String problem, String fix) {

  /** The one-line message a compiler error shows: {@code file:line:col: problem; fix}. */
  public String format() {
    return location + ": " + problem + "; " + fix;
  }
}
