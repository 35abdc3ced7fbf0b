package io.b24rest.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.b24rest.core.Bitrix24RequestValidationException;
import io.b24rest.core.WireEnum;
import io.b24rest.core.spi.MethodDescriptor;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads {@code call}'s JSON params into the method's generated request record with the client's
 * mapper. Stricter than the portal on purpose, so that a typo is caught before the call: an
 * unknown param, a fractional number for an integer or an enum value the spec does not list is a
 * usage error, not a silently dropped value.
 */
final class RequestParams {
  private RequestParams() {}

  /**
   * The typed request for {@code json}.
   *
   * @throws UsageException with one line saying what is wrong, when the text is not a JSON object
   *     or does not fit the request record
   */
  static Object read(MethodDescriptor method, String json) {
    JsonNode tree = parse(method, json);
    UnknownParams.find(tree, method.requestType())
        .ifPresent(
            unknown -> {
              throw new UsageException(
                  method.name()
                      + ": unknown param `"
                      + unknown.path()
                      + "`; known: "
                      + String.join(", ", unknown.known()));
            });
    ObjectReader reader =
        JsonOutput.MAPPER
            .readerFor(method.requestType())
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    Object request;
    try {
      request = reader.readValue(tree);
    } catch (IOException e) {
      throw new UsageException(method.name() + ": " + explain(e));
    }
    UnknownEnumValues.find(request)
        .ifPresent(
            unknown -> {
              throw new UsageException(
                  method.name()
                      + ": param `"
                      + unknown.path()
                      + "` has the value "
                      + tree.at(unknown.pointer())
                      + ", which the spec does not list; allowed: "
                      + String.join(", ", unknown.allowed()));
            });
    return request;
  }

  private static JsonNode parse(MethodDescriptor method, String json) {
    JsonNode tree;
    try {
      tree = JsonOutput.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UsageException(
          method.name()
              + ": the params are not valid JSON: "
              + e.getOriginalMessage()
              + location(e));
    }
    if (tree == null || !tree.isObject()) {
      throw new UsageException(
          method.name() + ": the params must be a JSON object, for example '{\"id\": 15}'");
    }
    return tree;
  }

  private static String explain(IOException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      String known =
          unknown.getKnownPropertyIds() == null
              ? ""
              : unknown.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .sorted()
                  .collect(Collectors.joining(", "));
      return "unknown param `" + path(unknown) + "`" + (known.isEmpty() ? "" : "; known: " + known);
    }
    if (e instanceof ValueInstantiationException instantiation
        && instantiation.getCause() instanceof Bitrix24RequestValidationException invalid) {
      // The generated record's own check, e.g. "required param 'id' is missing".
      String message = invalid.getMessage();
      int methodPrefix = message.indexOf(": ");
      return methodPrefix < 0 ? message : message.substring(methodPrefix + 2);
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      String expected = expected(mismatch.getTargetType());
      String path = path(mismatch);
      if (expected != null && !path.isEmpty()) {
        String got = e instanceof InvalidFormatException format ? ", got " + format.getValue() : "";
        return "param `" + path + "` must be " + expected + got;
      }
    }
    String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
    String message =
        e instanceof JsonProcessingException processing ? processing.getOriginalMessage() : e.getMessage();
    return (path.isEmpty() ? "" : "param `" + path + "`: ") + message;
  }

  private static String expected(Class<?> type) {
    if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
      return "an integer";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class) {
      return "a number";
    }
    if (type == String.class || WireEnum.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "a boolean";
    }
    if (type == LocalDate.class) {
      return "a date as the method's docs write it (ISO: YYYY-MM-DD)";
    }
    if (type == OffsetDateTime.class) {
      return "a date-time YYYY-MM-DDThh:mm:ss+hh:mm";
    }
    if (type == LocalDateTime.class) {
      return "a date-time without offset as the method's docs write it, e.g. 2026-04-15 10:00:00";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "a date or time as the method's docs write it";
    }
    if (type == byte[].class) {
      return "a Base64 string";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    return null;
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    List<JsonMappingException.Reference> references = e.getPath();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }
}
