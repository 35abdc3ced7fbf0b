package io.b24rest.spec.model;

import java.util.List;
import java.util.Optional;

/**
 * An error a method documents, with the method's own wording. The code resolves to an
 * {@link ErrorCode} of the catalogue or of the method.
 *
 * @param code the error code
 * @param fields the params at fault ({@code field: id} or {@code field: [dateFrom, dateTo]});
 *     empty when the error names none
 * @param description what the portal says
 * @param fix how to fix the call
 * @param location where it is declared
 */
public record MethodError(
    String code, List<String> fields, String description, String fix, SourceLocation location) {
  public MethodError {
    fields = List.copyOf(fields);
  }

  /** An error naming at most one param. */
  public MethodError(
      String code, Optional<String> field, String description, String fix, SourceLocation location) {
    this(code, field.stream().toList(), description, fix, location);
  }

  /** The first param at fault, if any. */
  public Optional<String> field() {
    return fields.stream().findFirst();
  }
}
