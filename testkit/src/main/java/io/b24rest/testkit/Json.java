package io.b24rest.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Optional;

/** The one Jackson mapper of the testkit, and the JSON helpers the portal needs. */
final class Json {
  /** Trailing tokens fail: {@code {"id":1} junk} is not JSON, as on the portal. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** Compares numbers by value, so that {@code 15} equals {@code 15L} and {@code 15.0}. */
  private static final Comparator<JsonNode> NUMERIC_AWARE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private Json() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Parses JSON text; empty when it is not JSON. */
  static Optional<JsonNode> parse(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** Turns a value a test passes (JSON text, a tree, a map, a record...) into a tree. */
  static JsonNode toTree(Object value) {
    if (value instanceof JsonNode node) {
      return node.deepCopy();
    }
    if (value instanceof String text) {
      return parse(text)
          .orElseThrow(
              () -> new IllegalArgumentException("not valid JSON text: " + abbreviate(text)));
    }
    try {
      return MAPPER.valueToTree(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "cannot turn a " + value.getClass().getName() + " into JSON: " + e.getMessage(), e);
    }
  }

  static boolean sameValue(JsonNode a, JsonNode b) {
    return a.equals(NUMERIC_AWARE, b);
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }
}
