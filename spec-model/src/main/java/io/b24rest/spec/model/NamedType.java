package io.b24rest.spec.model;

/**
 * A type declared under {@code types}, reusable by every spec of its scope: an object with
 * fields, or an enum with values.
 *
 * @param name the type name, UpperCamelCase, for example {@code Communication}
 * @param scope the scope whose specs may use it; {@link #COMMON_SCOPE} for the types of
 *     {@code common.types.yaml}, which every scope may use
 * @param description the docs' description
 * @param shape an {@link TypeRef.InlineObject} or an {@link TypeRef.InlineEnum}
 * @param location where it is declared
 */
public record NamedType(
    String name, String scope, String description, TypeRef shape, SourceLocation location) {

  /** The scope of the types every scope shares, declared in {@code common.types.yaml}. */
  public static final String COMMON_SCOPE = "common";

  /** Whether the type is shared by every scope. */
  public boolean isCommon() {
    return scope.equals(COMMON_SCOPE);
  }
}
