package io.b24rest.spec.model;

/**
 * An error code with its own exception: from the common catalogue, or from a method that
 * documents a code the catalogue lacks.
 *
 * @param code the code on the wire, for example {@code BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION}
 * @param httpStatus the HTTP status it comes with
 * @param exception the exception's base name, for example {@code EntityNotFound}, which becomes
 *     {@code EntityNotFoundException}
 * @param description what it means
 * @param fix what to do about it
 * @param location where it is declared
 */
public record ErrorCode(
    String code,
    int httpStatus,
    String exception,
    String description,
    String fix,
    SourceLocation location) {}
