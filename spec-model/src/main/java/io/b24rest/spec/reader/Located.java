package io.b24rest.spec.reader;

import io.b24rest.spec.model.SourceLocation;

/**
 * A value read from a spec, with where it was written, so a later check can point at it.
 *
 * @param value the value
 * @param location where it was written
 * @param <T> the value's type
 */
public record Located<T>(T value, SourceLocation location) {}
