/**
 * Checking specs: one validator per concern (names against files and folders, duplicates, types,
 * error codes, error fields), each reporting to {@link io.b24rest.spec.validation.Diagnostics}
 * one {@link io.b24rest.spec.validation.SpecDiagnostic} per problem, with the place, the
 * problem and the fix.
 */
package io.b24rest.spec.validation;
