package io.b24rest.spec.model;

import java.util.Optional;

/**
 * An error a method documents, with the method's own wording. The code resolves to an
 * {@link ErrorCode} of the catalogue or of the method.
 *
 * @param code the error code
 * @param field the param at fault, if any
 * @param description what the portal says
 * @param fix how to fix the call
 * @param location where it is declared
 */
public record MethodError(
    String code, Optional<String> field, String description, String fix, SourceLocation location) {}
