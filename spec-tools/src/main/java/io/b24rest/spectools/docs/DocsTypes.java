package io.b24rest.spectools.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The docs' type words ({@code data-types.md}) and JSON values, as spec types. */
final class DocsTypes {
  private static final Pattern OFFSET_DATETIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private DocsTypes() {}

  /** The spec type of a docs type word, or empty when the word says nothing a spec can use. */
  static Optional<String> scalar(String docsType) {
    String word = docsType.toLowerCase(Locale.ROOT).strip();
    return Optional.ofNullable(switch (word) {
      case "integer", "int", "number" -> "integer";
      case "double", "float", "decimal" -> "double";
      case "string", "text" -> "string";
      case "boolean", "bool", "y/n" -> "boolean";
      case "date" -> "date";
      case "datetime", "date-time" -> "datetime";
      case "object" -> "object";
      case "array" -> "array";
      case "array<object>", "object[]" -> "array<object>";
      case "array<integer>", "integer[]" -> "array<integer>";
      case "array<string>", "string[]" -> "array<string>";
      case "file", "base64" -> "base64";
      default -> null;
    });
  }

  /** The spec type a JSON value shows by itself ({@code null} says nothing). */
  static Optional<String> ofValue(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return Optional.empty();
    }
    if (value.isIntegralNumber()) {
      return Optional.of("integer");
    }
    if (value.isNumber()) {
      return Optional.of("double");
    }
    if (value.isBoolean()) {
      return Optional.of("boolean");
    }
    if (value.isObject()) {
      return Optional.of("object");
    }
    if (value.isArray()) {
      return Optional.of("array");
    }
    String text = value.asText();
    if (OFFSET_DATETIME.matcher(text).matches()) {
      return Optional.of("datetime");
    }
    if (DATE.matcher(text).matches()) {
      return Optional.of("date");
    }
    return Optional.of("string");
  }

  /** Whether a JSON value fits a scalar spec type, so the docs' word can be kept. */
  static boolean fits(String specType, JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return true;
    }
    return switch (specType) {
      case "integer" -> value.isIntegralNumber();
      case "double" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "string", "base64" -> value.isTextual();
      case "date" -> value.isTextual() && DATE.matcher(value.asText()).matches();
      case "datetime" -> value.isTextual() && OFFSET_DATETIME.matcher(value.asText()).matches();
      case "object" -> value.isObject();
      case "array", "array<object>", "array<integer>", "array<string>" -> value.isArray();
      default -> true;
    };
  }
}
