package io.b24rest.runtime.internal.error;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Words why an answer did not fit its type as the field path and the expected type, e.g. {@code
 * result.items[0].id (expected Long)}: enough to find the field, and free of the value itself
 * (Jackson's own message quotes it, and a value may hold a secret).
 */
final class ShapeMismatch {
  private ShapeMismatch() {}

  /** What is wrong where, for a protocol exception's problem text. */
  static String describe(Throwable failure) {
    if (!(failure instanceof JsonMappingException mapping)) {
      return "result does not have the expected shape";
    }
    String path = path(mapping);
    StringBuilder text = new StringBuilder("result does not have the expected shape");
    if (!path.isEmpty()) {
      text.append(" at ").append(path);
    }
    if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      text.append(" (expected ").append(mismatch.getTargetType().getSimpleName()).append(')');
    }
    return text.toString();
  }

  /** The path as {@code a.b[2].c}. */
  static String path(JsonMappingException mapping) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : mapping.getPath()) {
      if (step.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
