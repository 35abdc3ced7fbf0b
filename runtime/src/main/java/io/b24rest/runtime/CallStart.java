package io.b24rest.runtime;

import io.b24rest.core.MethodKind;

/**
 * The start of one call.
 *
 * @param method the REST method name, such as {@code humanresources.node.get}, or {@code batch}
 * @param kind whether it reads or writes
 */
public record CallStart(String method, MethodKind kind) {}
