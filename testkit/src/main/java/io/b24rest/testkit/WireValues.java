package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.WireFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a JSON value has a scalar type of the spec format, as the portal reads it: {@code
 * integer} and {@code timestamp} an integral number, {@code double} a number, {@code date} {@code
 * YYYY-MM-DD} and {@code datetime} ISO 8601 with an offset, or the field's own wire format
 * ({@code format: "Y-m-d H:i:s"}, {@code "d.m.Y"}); {@code base64} a Base64 string. A number in a
 * string is not a number.
 */
final class WireValues {
  private static final Map<String, Optional<DateTimeFormatter>> FORMATTERS =
      new ConcurrentHashMap<>();

  private WireValues() {}

  static boolean fits(ScalarType type, Optional<String> format, JsonNode value) {
    return switch (type) {
      case INTEGER, TIMESTAMP -> value.isIntegralNumber();
      case DOUBLE -> value.isNumber();
      case STRING -> value.isTextual();
      case BOOLEAN -> value.isBoolean();
      case DATE -> value.isTextual() && isDate(value.asText(), format);
      case DATETIME -> value.isTextual() && isDateTime(value.asText(), format);
      case BASE64 -> value.isTextual() && isBase64(value.asText());
      case FILTER -> value.isArray();
      case ANY -> true;
    };
  }

  private static boolean isDate(String text, Optional<String> format) {
    try {
      if (format.isEmpty()) {
        LocalDate.parse(text);
      } else {
        LocalDate.parse(text, formatter(format.get()).orElse(DateTimeFormatter.ISO_LOCAL_DATE));
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isDateTime(String text, Optional<String> format) {
    Optional<WireFormat> wire = format.flatMap(WireFormat::parse);
    try {
      if (wire.isEmpty()) {
        OffsetDateTime.parse(text);
      } else if (wire.get().hasOffset()) {
        OffsetDateTime.parse(text, formatter(format.get()).orElseThrow());
      } else {
        LocalDateTime.parse(text, formatter(format.get()).orElseThrow());
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isBase64(String text) {
    try {
      Base64.getDecoder().decode(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The strict formatter of a PHP format; empty when the format has a letter not supported. */
  private static Optional<DateTimeFormatter> formatter(String php) {
    return FORMATTERS.computeIfAbsent(
        php,
        key ->
            WireFormat.parse(key)
                .map(
                    wire ->
                        DateTimeFormatter.ofPattern(wire.javaPattern())
                            .withResolverStyle(ResolverStyle.STRICT)));
  }
}
