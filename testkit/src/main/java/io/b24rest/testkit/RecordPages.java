package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * One page of registered records, as the portal pages them.
 *
 * <ul>
 *   <li>page style: {@code {"page": p, "limit": n, "offset": o}}; with {@code page} the page starts
 *       at {@code (p - 1) * n} (tasks.task.list: "If page and limit are provided, the offset is
 *       calculated automatically"), else at {@code o} (0 by default);
 *   <li>cursor style: {@code {"limit": n, "afterCursor": c}}; without a cursor the first page, else
 *       the page after the record the cursor names. {@code nextCursor} names the page's last record
 *       while more follow, and is {@code null} on the last page (note.collection.list).
 * </ul>
 *
 * {@code limit} defaults to the method's {@code defaultLimit} and is held to its {@code maxLimit}.
 */
final class RecordPages {
  private RecordPages() {}

  /**
   * The {@code result} for the page {@code body} asks for of {@code records}, each cut down by
   * {@code select} (cursors are taken from the whole records).
   */
  static ObjectNode page(
      PagingPlan plan, JsonNode body, List<JsonNode> records, SelectProjection select) {
    JsonNode paging = body.path(plan.param());
    int limit = limit(plan, paging);
    int start = plan.cursor() ? cursorStart(plan, paging, records) : pageStart(paging, limit);
    int end = Math.min(records.size(), start + limit);
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    ArrayNode items = result.putArray(plan.items());
    for (int i = start; i < end; i++) {
      items.add(select.apply(records.get(i)));
    }
    if (plan.cursor()) {
      boolean more = end < records.size() && end > start;
      plan.nextCursor()
          .ifPresent(
              name ->
                  result.set(
                      name,
                      more ? cursorOf(plan, records, end - 1) : JsonNodeFactory.instance.nullNode()));
    }
    return result;
  }

  static int limit(PagingPlan plan, JsonNode paging) {
    JsonNode limit = paging.path("limit");
    int asked = limit.canConvertToInt() && limit.isIntegralNumber() ? limit.asInt() : 0;
    int size = asked > 0 ? asked : plan.defaultLimit();
    return Math.max(1, Math.min(size, plan.maxLimit()));
  }

  static int pageStart(JsonNode paging, int limit) {
    JsonNode page = paging.path("page");
    if (page.isIntegralNumber() && page.asInt() >= 1) {
      return (int) Math.min(Integer.MAX_VALUE, (page.asLong() - 1) * limit);
    }
    JsonNode offset = paging.path("offset");
    return offset.isIntegralNumber() ? Math.max(0, offset.asInt()) : 0;
  }

  private static int cursorStart(PagingPlan plan, JsonNode paging, List<JsonNode> records) {
    JsonNode cursor = plan.cursorParam().map(paging::path).orElse(null);
    if (cursor == null || cursor.isMissingNode() || cursor.isNull()) {
      return 0;
    }
    if (plan.cursorFields().isEmpty()) {
      int position = cursor.isNumber() ? cursor.asInt() : parse(cursor.asText());
      return Math.max(0, position);
    }
    return after(plan.cursorFields(), cursor, records).orElse(records.size());
  }

  /** The index after the record whose cursor fields equal the cursor's. */
  private static Optional<Integer> after(List<String> fields, JsonNode cursor, List<JsonNode> records) {
    for (int i = 0; i < records.size(); i++) {
      boolean same = true;
      for (String field : fields) {
        JsonNode expected = cursor.path(field);
        JsonNode actual = records.get(i).path(field);
        if (expected.isMissingNode() || actual.isMissingNode()
            || RecordFilter.compare(expected, actual) != 0) {
          same = false;
          break;
        }
      }
      if (same) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }

  private static JsonNode cursorOf(PagingPlan plan, List<JsonNode> records, int last) {
    if (plan.cursorFields().isEmpty()) {
      int next = last + 1;
      return plan.textCursor()
          ? JsonNodeFactory.instance.textNode(Integer.toString(next))
          : JsonNodeFactory.instance.numberNode(next);
    }
    ObjectNode cursor = JsonNodeFactory.instance.objectNode();
    for (String field : plan.cursorFields()) {
      JsonNode value = records.get(last).get(field);
      cursor.set(field, value == null ? JsonNodeFactory.instance.nullNode() : value.deepCopy());
    }
    return cursor;
  }

  private static int parse(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE; // a cursor this portal did not give: nothing after it
    }
  }
}
