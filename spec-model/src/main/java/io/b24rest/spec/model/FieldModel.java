package io.b24rest.spec.model;

import java.util.List;
import java.util.Optional;

/**
 * A request param, a result field or a field of a named type.
 *
 * @param name the JSON name, exactly as on the wire
 * @param type its type
 * @param required where the field is sent (a param, a field inside a param, a field of a named
 *     type used as a param): the call fails without it
 * @param nullable the portal may send {@code null}
 * @param defaultValue the value the portal assumes when it is left out, as written in the docs
 * @param presence when the field is returned, if not always ("Returned only for chats and channels.")
 * @param description the docs' description
 * @param location where it is declared
 * @param knownValues for a {@code string} or {@code array<string>} field: the values the docs
 *     list, an open set (for example the field names a {@code select} may hold); empty otherwise.
 *     An {@code enum} keeps its values in its {@link TypeRef.InlineEnum} instead.
 * @param format for {@code datetime} and {@code date}: the wire format as the docs write it in
 *     PHP {@code date()} letters, for example {@code Y-m-d H:i:s}; empty for ISO 8601
 * @param relation the field is a related object that a dotted {@code select} path
 *     ({@code responsible.name}) asks for
 */
public record FieldModel(
    String name,
    TypeRef type,
    boolean required,
    boolean nullable,
    Optional<String> defaultValue,
    Optional<String> presence,
    String description,
    SourceLocation location,
    List<EnumValue> knownValues,
    Optional<String> format,
    boolean relation) {
  public FieldModel {
    knownValues = List.copyOf(knownValues);
  }

  /** A field with no wire format and no relation. */
  public FieldModel(
      String name,
      TypeRef type,
      boolean required,
      boolean nullable,
      Optional<String> defaultValue,
      Optional<String> presence,
      String description,
      SourceLocation location,
      List<EnumValue> knownValues) {
    this(name, type, required, nullable, defaultValue, presence, description, location, knownValues,
        Optional.empty(), false);
  }
}
