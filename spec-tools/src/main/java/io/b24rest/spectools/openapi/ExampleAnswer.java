package io.b24rest.spectools.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * A value shaped like a schema, for the example answers of methods whose document gives none:
 * the schema's own {@code example} where it has one, a plain value of the type otherwise.
 */
final class ExampleAnswer {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final OpenApiDocument document;

  ExampleAnswer(OpenApiDocument document) {
    this.document = document;
  }

  /** {@code {"result": ..., "time": {...}}} for a result schema. */
  ObjectNode answer(JsonNode result) {
    ObjectNode answer = NODES.objectNode();
    answer.set("result", value(result, new HashSet<>(), 0));
    ObjectNode time = answer.putObject("time");
    time.put("start", 1780640400);
    time.put("finish", new java.math.BigDecimal("1780640400.1"));
    time.put("duration", new java.math.BigDecimal("0.1"));
    time.put("processing", new java.math.BigDecimal("0.08"));
    time.put("date_start", "2026-06-19T10:20:00+03:00");
    time.put("date_finish", "2026-06-19T10:20:00+03:00");
    time.put("operating_reset_at", 1780641000);
    time.put("operating", 0);
    return answer;
  }

  JsonNode value(JsonNode schema, Set<String> open, int depth) {
    if (schema.has("example") && !schema.has("$ref")) {
      return schema.get("example");
    }
    String ref = OpenApiDocument.refName(schema).orElse(null);
    if (ref != null && !open.add(ref)) {
      return NODES.nullNode();
    }
    JsonNode resolved = document.resolve(schema);
    try {
      return shaped(resolved, open, depth);
    } finally {
      if (ref != null) {
        open.remove(ref);
      }
    }
  }

  private JsonNode shaped(JsonNode schema, Set<String> open, int depth) {
    String format = schema.path("format").asText("");
    switch (schema.path("type").asText("")) {
      case "integer":
        return NODES.numberNode(1);
      case "number":
      case "float":
      case "double":
        return NODES.numberNode(new java.math.BigDecimal("1.5"));
      case "boolean":
        return NODES.booleanNode(true);
      case "string":
        return NODES.textNode(format.equals("date-time") ? "2026-06-19T10:20:00+03:00"
            : format.equals("date") ? "2026-06-19" : "string");
      case "array":
        ArrayNode array = NODES.arrayNode();
        JsonNode items = schema.path("items");
        if (items.isObject() && !items.isEmpty() && depth < 5) {
          array.add(value(items, open, depth + 1));
        }
        return array;
      case "object":
        ObjectNode object = NODES.objectNode();
        if (depth < 5) {
          OpenApiDocument.properties(schema).forEach((key, value) -> object.set(key, value(value, open, depth + 1)));
        }
        return object;
      default:
        return NODES.nullNode();
    }
  }
}
