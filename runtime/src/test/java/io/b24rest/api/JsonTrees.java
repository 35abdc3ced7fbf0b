package io.b24rest.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Map;

/** JSON tree comparisons of the round-trip tests. */
final class JsonTrees {
  /**
   * Numbers equal by exact decimal value ({@code 0} and {@code 0.0}, {@code 1780403500} and {@code
   * 1.7804035E9}), everything else by {@link JsonNode#equals(Object)}.
   */
  static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) -> {
        if (a.equals(b)) {
          return 0;
        }
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return 1;
      };

  private JsonTrees() {}

  /**
   * A copy of {@code node} without {@code null} members, recursively: the portal's {@code null} and
   * a field left out mean the same thing, and the client sends no {@code null}s. {@code null}
   * elements of arrays are kept, as dropping them would shift positions.
   */
  static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        if (!member.getValue().isNull()) {
          copy.set(member.getKey(), withoutNulls(member.getValue()));
        }
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(withoutNulls(element)));
      return copy;
    }
    return node;
  }
}
