package io.b24rest.spec.model;

import java.util.List;
import java.util.Optional;

/**
 * A request param or a result field.
 *
 * @param name the JSON name, exactly as on the wire
 * @param type its type
 * @param required params only: the call fails without it
 * @param nullable the portal may send {@code null}
 * @param defaultValue params only: the value the portal assumes when it is left out, as written in the docs
 * @param presence when the field is returned, if not always ("Returned only for chats and channels.")
 * @param description the docs' description
 * @param location where it is declared
 * @param knownValues for a {@code string} or {@code array<string>} field: the values the docs
 *     list, an open set (for example the field names a {@code select} may hold); empty otherwise.
 *     An {@code enum} keeps its values in its {@link TypeRef.InlineEnum} instead.
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
    List<EnumValue> knownValues) {

  public FieldModel {
    knownValues = List.copyOf(knownValues);
  }
}
