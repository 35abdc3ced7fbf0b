package io.b24rest.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** JSON tree comparisons of the round-trip tests: {@code null} and absent alike, numbers by value. */
public final class JsonTrees {
  /**
   * Numbers equal by exact decimal value ({@code 0} and {@code 0.0}, {@code 1780403500} and {@code
   * 1.7804035E9}), everything else by {@link JsonNode#equals(Object)}. For {@link
   * JsonNode#equals(Comparator, JsonNode)}, which only asks whether it answers {@code 0}.
   */
  public static final Comparator<JsonNode> NUMBERS_BY_VALUE =
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
   * a member left out mean the same thing, and the client sends no {@code null}s. {@code null}
   * elements of arrays are kept, as dropping them would shift positions.
   *
   * @param node the tree to copy
   * @return the copy (a value node is returned as it is)
   */
  public static JsonNode withoutNulls(JsonNode node) {
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

  /**
   * Whether two trees carry the same value: equal once their {@code null} members are dropped,
   * numbers compared by {@link #NUMBERS_BY_VALUE}. A missing tree (a {@code get} that found no such
   * member) is the same only as another missing one.
   *
   * @param expected the tree the test expects, or {@code null} if it is missing
   * @param actual the tree the code produced, or {@code null} if it is missing
   * @return {@code true} if they carry the same value
   */
  public static boolean sameValue(@Nullable JsonNode expected, @Nullable JsonNode actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    return withoutNulls(expected).equals(NUMBERS_BY_VALUE, withoutNulls(actual));
  }

  /**
   * The names of an object's members, in their order in the tree.
   *
   * @param node the object (any other node has no members)
   * @return the member names
   */
  public static List<String> memberNames(JsonNode node) {
    return node.properties().stream().map(Map.Entry::getKey).toList();
  }
}
