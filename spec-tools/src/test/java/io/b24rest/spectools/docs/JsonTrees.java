package io.b24rest.spectools.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;

/** JSON compared as the round trip promises: null and absent alike, numbers by value. */
final class JsonTrees {
  static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  private JsonTrees() {}

  static JsonNode withoutNulls(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.fields().forEachRemaining(entry -> {
        if (!entry.getValue().isNull()) {
          copy.set(entry.getKey(), withoutNulls(entry.getValue()));
        }
      });
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(withoutNulls(element)));
      return copy;
    }
    return node;
  }

  static boolean sameValue(JsonNode expected, JsonNode actual) {
    return withoutNulls(expected).equals(NUMBERS_BY_VALUE, withoutNulls(actual));
  }
}
