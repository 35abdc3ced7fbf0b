package io.b24rest.core;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An error answer of the portal, decoded from either error shape: REST 3.0
 * {@code {"error":{"code","message","validation"}}} or the older flat
 * {@code {"error":"CODE","error_description":"..."}}.
 *
 * @param httpStatus the HTTP status of the answer
 * @param code the error code, for example {@code BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION}
 * @param message the portal's message; empty when it sent none
 * @param validation per-field details; empty unless the request failed validation
 * @param method the REST method that was called, when known
 */
public record ApiError(
    int httpStatus, String code, String message, List<ValidationError> validation, @Nullable String method) {

  public ApiError {
    Objects.requireNonNull(code, "code");
    message = message == null ? "" : message;
    validation = validation == null ? List.of() : List.copyOf(validation);
  }
}
