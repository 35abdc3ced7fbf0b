package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * A record cut down to the fields a {@code select} asks for, as the portal answers: {@code "id"}
 * keeps {@code id}; a dotted path into a relation, {@code "responsible.name"}, keeps a nested
 * {@code responsible} object holding only {@code name} (of each element, when the relation is a
 * list). A path to a field the record lacks selects nothing. An empty {@code select} keeps the
 * whole record.
 */
final class SelectProjection {
  private final List<String> paths;

  private SelectProjection(List<String> paths) {
    this.paths = List.copyOf(paths);
  }

  /** The projection a request's {@code select} value asks for; the whole record when absent. */
  static SelectProjection of(JsonNode select) {
    if (select == null || !select.isArray()) {
      return new SelectProjection(List.of());
    }
    return new SelectProjection(
        StreamSupport.stream(select.spliterator(), false)
            .filter(JsonNode::isTextual)
            .map(JsonNode::asText)
            .toList());
  }

  /** A new tree with the selected fields of {@code record}, in the record's own field order. */
  JsonNode apply(JsonNode record) {
    if (paths.isEmpty() || !record.isObject()) {
      return record.deepCopy();
    }
    ObjectNode selected = JsonNodeFactory.instance.objectNode();
    for (String path : paths) {
      copy(record, selected, path);
    }
    return inRecordOrder(record, selected);
  }

  private static void copy(JsonNode from, ObjectNode to, String path) {
    int dot = path.indexOf('.');
    String name = dot < 0 ? path : path.substring(0, dot);
    JsonNode value = from.get(name);
    if (value == null) {
      return;
    }
    if (dot < 0) {
      to.set(name, value.deepCopy());
      return;
    }
    String rest = path.substring(dot + 1);
    if (value.isObject()) {
      JsonNode existing = to.get(name);
      ObjectNode nested = existing instanceof ObjectNode object ? object : to.putObject(name);
      copy(value, nested, rest);
    } else if (value.isArray()) {
      JsonNode existing = to.get(name);
      ArrayNode nested = existing instanceof ArrayNode array ? array : to.putArray(name);
      for (int i = 0; i < value.size(); i++) {
        while (nested.size() <= i) {
          nested.addObject();
        }
        if (value.get(i).isObject() && nested.get(i) instanceof ObjectNode element) {
          copy(value.get(i), element, rest);
        }
      }
    } else if (value.isNull()) {
      to.set(name, value); // a relation that is not set stays null
    }
  }

  /** {@code selected} with its members in the order of {@code record}, recursively. */
  private static JsonNode inRecordOrder(JsonNode record, JsonNode selected) {
    if (!selected.isObject() || !record.isObject()) {
      if (selected.isArray() && record.isArray()) {
        ArrayNode ordered = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < selected.size(); i++) {
          ordered.add(inRecordOrder(record.path(i), selected.get(i)));
        }
        return ordered;
      }
      return selected;
    }
    ObjectNode ordered = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> member : record.properties()) {
      JsonNode value = selected.get(member.getKey());
      if (value != null) {
        ordered.set(member.getKey(), inRecordOrder(member.getValue(), value));
      }
    }
    return ordered;
  }
}
