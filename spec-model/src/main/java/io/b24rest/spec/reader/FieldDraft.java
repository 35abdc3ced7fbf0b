package io.b24rest.spec.reader;

import io.b24rest.spec.model.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A param or field as a spec file writes it, before its type is checked against the scope's
 * named types. An empty name or type means the reader already reported it missing.
 *
 * @param label how messages name it, for example {@code param 'id'}
 * @param name the JSON name
 * @param type the type expression, for example {@code array<Communication>}
 * @param required params only
 * @param nullable whether the portal may send null
 * @param defaultValue params only
 * @param presence when the field is returned
 * @param description the docs' description
 * @param values the {@code values} list, with where the key is
 * @param fields the {@code fields} list, with where the key is
 * @param shapeUnreadable {@code values} or {@code fields} is there but is no list (already
 *     reported), so whether the field's shape fits its type cannot be judged
 * @param location where the field's mapping starts
 * @param format the wire format of a {@code datetime} or {@code date} ({@code Y-m-d H:i:s})
 * @param relation {@code relation: true}: a related object a dotted {@code select} asks for
 */
public record FieldDraft(
    String label,
    Located<String> name,
    Located<String> type,
    boolean required,
    boolean nullable,
    Optional<String> defaultValue,
    Optional<String> presence,
    String description,
    Optional<Located<List<EnumValueDraft>>> values,
    Optional<Located<List<FieldDraft>>> fields,
    boolean shapeUnreadable,
    SourceLocation location,
    Optional<Located<String>> format,
    Optional<Located<Boolean>> relation) {

  /** Whether the field says {@code relation: true}. */
  public boolean isRelation() {
    return relation.map(Located::value).orElse(false);
  }
}
