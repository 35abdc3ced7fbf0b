package io.b24rest.spec.model;

import java.util.Optional;

/**
 * An error code with its own exception: from the common catalogue, or from a method that
 * documents a code the catalogue lacks.
 *
 * @param code the code on the wire, for example {@code BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION}
 * @param status the HTTP status it comes with; empty when the docs give none (the portal sends
 *     what it sends)
 * @param exception the exception's base name, for example {@code EntityNotFound}, which becomes
 *     {@code EntityNotFoundException}: as the spec writes it, or derived from the code
 * @param description what it means
 * @param fix what to do about it
 * @param location where it is declared
 */
public record ErrorCode(
    String code,
    Optional<Integer> status,
    String exception,
    String description,
    String fix,
    SourceLocation location) {

  /** The status a fake portal answers with when the spec gives none. */
  public static final int DEFAULT_STATUS = 400;

  /** A code with a known HTTP status. */
  public ErrorCode(
      String code, int status, String exception, String description, String fix, SourceLocation location) {
    this(code, Optional.of(status), exception, description, fix, location);
  }

  /** The HTTP status, or {@value #DEFAULT_STATUS} when the spec gives none. */
  public int httpStatus() {
    return status.orElse(DEFAULT_STATUS);
  }
}
