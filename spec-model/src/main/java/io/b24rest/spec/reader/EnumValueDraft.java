package io.b24rest.spec.reader;

import io.b24rest.spec.model.SourceLocation;

/**
 * One enum value as a spec file writes it.
 *
 * @param value the value on the wire
 * @param description its meaning
 * @param location where its mapping starts
 * @param numeric the value is written as a number ({@code - value: 1}), not as text
 */
public record EnumValueDraft(
    Located<String> value, String description, SourceLocation location, boolean numeric) {}
