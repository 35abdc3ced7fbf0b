package io.b24rest.processor.spec;

import io.b24rest.processor.model.SourceLocation;

/**
 * One enum value as a spec file writes it.
 *
 * @param value the value on the wire
 * @param description its meaning
 * @param location where its mapping starts
 */
public record EnumValueDraft(Located<String> value, String description, SourceLocation location) {}
