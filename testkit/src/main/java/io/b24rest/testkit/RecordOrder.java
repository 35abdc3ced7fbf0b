package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * The order an {@code order} param asks for, {@code {"createdAt": "DESC", "id": "ASC"}}: by each
 * field in turn, records lacking a field first. Without {@code order}, records keep the order they
 * were registered in.
 */
final class RecordOrder {
  private RecordOrder() {}

  static Comparator<JsonNode> of(JsonNode order) {
    Comparator<JsonNode> comparator = (a, b) -> 0;
    if (order == null || !order.isObject()) {
      return comparator;
    }
    for (Map.Entry<String, JsonNode> key : order.properties()) {
      String field = key.getKey();
      Comparator<JsonNode> byField = (a, b) -> compareField(a.path(field), b.path(field));
      boolean descending = key.getValue().asText().toUpperCase(Locale.ROOT).equals("DESC");
      comparator = comparator.thenComparing(descending ? byField.reversed() : byField);
    }
    return comparator;
  }

  private static int compareField(JsonNode a, JsonNode b) {
    boolean aMissing = a.isMissingNode() || a.isNull();
    boolean bMissing = b.isMissingNode() || b.isNull();
    if (aMissing || bMissing) {
      return Boolean.compare(!aMissing, !bMissing);
    }
    return RecordFilter.compare(a, b);
  }
}
