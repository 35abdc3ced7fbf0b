package io.b24rest.core;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The portal answered with an error code. Codes the specs document have a subclass of their own
 * (generated from the specs); a code no spec knows arrives as this class itself, with code,
 * message and HTTP status kept.
 */
public class Bitrix24ApiException extends Bitrix24Exception {
  private static final long serialVersionUID = 1L;

  private final transient ApiError error;

  public Bitrix24ApiException(ApiError error) {
    super(describe(error));
    this.error = error;
  }

  /** The decoded error answer. */
  public ApiError error() {
    return error;
  }

  /** The error code, for example {@code BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION}. */
  public String code() {
    return error.code();
  }

  /** The HTTP status of the answer. */
  public int httpStatus() {
    return error.httpStatus();
  }

  /** The per-field details of a validation error; empty otherwise. */
  public List<ValidationError> validation() {
    return error.validation();
  }

  /** The REST method that failed, when known. */
  public @Nullable String method() {
    return error.method();
  }

  private static String describe(ApiError error) {
    StringBuilder text = new StringBuilder();
    if (error.method() != null) {
      text.append(error.method()).append(": ");
    }
    text.append(error.code()).append(" (HTTP ").append(error.httpStatus()).append(')');
    if (!error.message().isEmpty()) {
      text.append(": ").append(error.message());
    }
    for (ValidationError v : error.validation()) {
      text.append("; ").append(v.field() == null ? "-" : v.field()).append(": ").append(v.message());
    }
    return text.toString();
  }
}
