package io.b24rest.runtime.internal.error;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.core.ApiError;
import io.b24rest.core.ValidationError;
import io.b24rest.runtime.internal.logging.Redactor;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the error of an answer in either shape Bitrix24 uses: REST 3.0 {@code
 * {"error":{"code","message","validation":[{field,message}]}}} and the older flat {@code
 * {"error":"CODE","error_description":"..."}} (expired tokens, rate limits). Every text is
 * masked (the whole of it, then cut), so an error that echoes a secret carries none.
 */
public final class ErrorBodies {
  private static final int MAX_MESSAGE = 1_000;

  private ErrorBodies() {}

  /** Whether {@code root} carries an {@code error} member at all. */
  public static boolean hasError(JsonNode root) {
    JsonNode error = root.get("error");
    return error != null && !error.isNull();
  }

  /**
   * The error of {@code root}, or null if {@code root} has no error of a known shape (no {@code
   * error}, or one without a code).
   */
  public static @Nullable ApiError read(
      JsonNode root, int httpStatus, @Nullable String method, Redactor redactor) {
    JsonNode error = root.get("error");
    if (error == null) {
      return null;
    }
    if (error.isObject()) {
      String code = text(error.get("code"), redactor);
      if (code.isEmpty()) {
        return null;
      }
      return new ApiError(
          httpStatus,
          code,
          text(error.get("message"), redactor),
          validation(error.get("validation"), redactor),
          method);
    }
    if (error.isTextual() && !error.asText().isBlank()) {
      return new ApiError(
          httpStatus,
          redactor.redactAndCut(error.asText().strip(), MAX_MESSAGE),
          text(root.get("error_description"), redactor),
          List.of(),
          method);
    }
    return null;
  }

  private static List<ValidationError> validation(@Nullable JsonNode list, Redactor redactor) {
    if (list == null || !list.isArray()) {
      return List.of();
    }
    List<ValidationError> result = new ArrayList<>();
    for (JsonNode item : list) {
      if (item.isObject()) {
        String field = text(item.get("field"), redactor);
        result.add(
            new ValidationError(
                field.isEmpty() ? null : field, text(item.get("message"), redactor)));
      }
    }
    return result;
  }

  /** The text of {@code node}, secrets masked before it is cut to {@value #MAX_MESSAGE}. */
  private static String text(@Nullable JsonNode node, Redactor redactor) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "";
    }
    return redactor.redactAndCut(node.isValueNode() ? node.asText() : node.toString(), MAX_MESSAGE);
  }
}
