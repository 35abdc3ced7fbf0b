package io.b24rest.spec.validation;

import io.b24rest.spec.reader.SpecDrafts;

/** Runs the checks that look across spec files, after each file was read on its own. */
public final class SpecValidator {
  private SpecValidator() {}

  /** Reports every problem of {@code drafts} that needs more than one file or a resolved type. */
  public static void check(SpecDrafts drafts, Diagnostics diagnostics) {
    IdentityValidator.check(drafts, diagnostics);
    DuplicateNameValidator.check(drafts, diagnostics);
    TypeValidator.check(drafts, diagnostics);
    ErrorCodeValidator.check(drafts, diagnostics);
    ErrorFieldValidator.check(drafts, diagnostics);
    PagingValidator.check(drafts, diagnostics);
    JavaNameValidator.check(drafts, diagnostics);
    SizeValidator.check(drafts, diagnostics);
  }
}
