package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code result} of a list method from a {@link StubAnswer.Generated} data set, making only
 * the records the page needs: a page-style request ordered by id (or not ordered: the data set's
 * own order is by id) reads its id range off the filter, so a page costs its own records. Any
 * other request is answered from the whole set ({@link RecordAnswer}).
 */
final class GeneratedRecords {
  private GeneratedRecords() {}

  static JsonNode answer(
      MethodModel method, Optional<PagingPlan> plan, JsonNode body, StubAnswer.Generated set) {
    Optional<Boolean> ascending = idOrder(body.get("order"));
    if (plan.isEmpty() || plan.get().cursor() || ascending.isEmpty()) {
      return RecordAnswer.answer(method, plan, body, set.materialize());
    }
    List<JsonNode> filters = new ArrayList<>();
    for (FieldModel param : method.params()) {
      if (param.type() instanceof TypeRef.Scalar scalar
          && scalar.type() == ScalarType.FILTER
          && body.get(param.name()) != null) {
        filters.add(body.get(param.name()));
      }
    }
    IdRange range = IdRange.of(filters, set.count());
    JsonNode paging = body.path(plan.get().param());
    int limit = RecordPages.limit(plan.get(), paging);
    long skip = RecordPages.pageStart(paging, limit);
    SelectProjection select = SelectProjection.of(body.get("select"));
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    ArrayNode items = result.putArray(plan.get().items());
    long step = ascending.get() ? 1 : -1;
    long id = ascending.get() ? range.low : range.high;
    if (range.exact) {
      id += step * skip;
      skip = 0;
    }
    for (; id >= range.low && id <= range.high && items.size() < limit; id += step) {
      JsonNode record = set.record().apply(id);
      if (!range.exact && !matchesAll(filters, record)) {
        continue;
      }
      if (skip > 0) {
        skip--;
        continue;
      }
      items.add(select.apply(record));
    }
    return result;
  }

  private static boolean matchesAll(List<JsonNode> filters, JsonNode record) {
    for (JsonNode filter : filters) {
      if (!RecordFilter.matches(filter, record)) {
        return false;
      }
    }
    return true;
  }

  /** Ascending (true) or descending (false) when the order is by id alone or absent; else empty. */
  private static Optional<Boolean> idOrder(JsonNode order) {
    if (order == null || order.isNull() || (order.isObject() && order.isEmpty())) {
      return Optional.of(true);
    }
    if (!order.isObject() || order.size() != 1 || !order.has("id")) {
      return Optional.empty();
    }
    String direction = order.get("id").asText();
    if (direction.equalsIgnoreCase("ASC")) {
      return Optional.of(true);
    }
    return direction.equalsIgnoreCase("DESC") ? Optional.of(false) : Optional.empty();
  }

  /**
   * The ids a filter can match, from its conditions on {@code id}; {@code exact} when every
   * element is such a condition, so that every id in the range matches.
   */
  private record IdRange(long low, long high, boolean exact) {
    static IdRange of(List<JsonNode> filters, long count) {
      long low = 1;
      long high = count;
      boolean exact = true;
      for (JsonNode filter : filters) {
        if (!filter.isArray()) {
          continue;
        }
        for (JsonNode element : filter) {
          Optional<Map.Entry<Long, Long>> bounds = bounds(element);
          if (bounds.isEmpty()) {
            exact = false;
            continue;
          }
          low = Math.max(low, bounds.get().getKey());
          high = Math.min(high, bounds.get().getValue());
        }
      }
      return new IdRange(low, high, exact);
    }

    /** The id bounds of one filter element, if it is a range condition on id with integers. */
    private static Optional<Map.Entry<Long, Long>> bounds(JsonNode element) {
      if (!element.isArray() || element.size() != 3 || !"id".equals(element.get(0).asText())) {
        return Optional.empty();
      }
      String operator = element.get(1).asText();
      JsonNode value = element.get(2);
      if (operator.equals("between")) {
        if (value.isArray() && value.size() == 2
            && value.get(0).isIntegralNumber() && value.get(1).isIntegralNumber()) {
          return Optional.of(Map.entry(value.get(0).asLong(), value.get(1).asLong()));
        }
        return Optional.empty();
      }
      if (!value.isIntegralNumber()) {
        return Optional.empty();
      }
      long v = value.asLong();
      return switch (operator) {
        case ">" -> Optional.of(Map.entry(v + 1, Long.MAX_VALUE));
        case ">=" -> Optional.of(Map.entry(v, Long.MAX_VALUE));
        case "<" -> Optional.of(Map.entry(Long.MIN_VALUE, v - 1));
        case "<=" -> Optional.of(Map.entry(Long.MIN_VALUE, v));
        case "=" -> Optional.of(Map.entry(v, v));
        default -> Optional.empty();
      };
    }
  }
}
