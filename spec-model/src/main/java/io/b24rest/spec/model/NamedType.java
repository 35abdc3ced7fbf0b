package io.b24rest.spec.model;

/**
 * A type declared under {@code types}, reusable by every spec of its scope: an object with
 * fields, or an enum with values.
 *
 * @param name the type name, UpperCamelCase, for example {@code Communication}
 * @param scope the scope whose specs may use it
 * @param description the docs' description
 * @param shape an {@link TypeRef.InlineObject} or an {@link TypeRef.InlineEnum}
 * @param location where it is declared
 */
public record NamedType(
    String name, String scope, String description, TypeRef shape, SourceLocation location) {}
