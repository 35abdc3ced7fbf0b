package io.b24rest.spec.reader;

import io.b24rest.spec.model.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A type declared under {@code types}, as a spec file writes it: an object with {@code fields} or
 * an enum with {@code values} (the reader reports anything else).
 *
 * @param name the type name
 * @param scope the folder of the declaring file: the scope whose specs may use the type
 * @param description the docs' description
 * @param fields the fields of an object type
 * @param values the values of an enum type
 * @param location where the declaration starts
 */
public record NamedTypeDraft(
    Located<String> name,
    String scope,
    String description,
    Optional<Located<List<FieldDraft>>> fields,
    Optional<Located<List<EnumValueDraft>>> values,
    SourceLocation location) {}
