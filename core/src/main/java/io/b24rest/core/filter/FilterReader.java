package io.b24rest.core.filter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a {@link Filter} from the REST 3.0 filter array (rest-v3.md, "Filtering"): conditions
 * {@code [field, operator, value]} and {@code [field, value]}, groups {@code {"logic": "or",
 * "conditions": [...]}} at any depth. What it reads is written back as it came (the short form
 * stays short). A shape it cannot read is a {@link JsonMappingException} that says where and why.
 */
final class FilterReader extends StdDeserializer<Filter> {
  private static final long serialVersionUID = 1L;
  private static final String OPERATORS =
      Arrays.stream(Operator.values()).map(Operator::symbol).collect(Collectors.joining(" "));

  FilterReader() {
    super(Filter.class);
  }

  @Override
  public Filter deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonNode tree = context.readTree(parser);
    return Filter.allOf(elements(tree, "filter", parser));
  }

  private static List<FilterElement> elements(JsonNode array, String path, JsonParser parser)
      throws JsonMappingException {
    if (!array.isArray()) {
      throw problem(parser, path, "must be an array of conditions, got " + array);
    }
    List<FilterElement> elements = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      elements.add(element(array.get(i), path + "[" + i + "]", parser));
    }
    return elements;
  }

  private static FilterElement element(JsonNode node, String path, JsonParser parser)
      throws JsonMappingException {
    if (node.isObject()) {
      JsonNode logic = node.path("logic");
      if (!logic.isTextual() || !logic.asText().equalsIgnoreCase("or")) {
        throw problem(parser, path, "a group needs \"logic\": \"or\", got " + node);
      }
      List<FilterElement> conditions = elements(node.path("conditions"), path + ".conditions", parser);
      return guarded(parser, path, () -> new AnyOf(conditions));
    }
    if (!node.isArray() || node.size() < 2 || node.size() > 3 || !node.get(0).isTextual()) {
      throw problem(
          parser, path, "must be [field, operator, value], [field, value] or a group, got " + node);
    }
    String field = node.get(0).asText();
    if (node.size() == 2) {
      Object value = value(node.get(1), path + "[1]", parser);
      return guarded(parser, path, () -> Condition.shortForm(field, value));
    }
    String symbol = node.get(1).asText();
    Operator operator =
        Operator.fromSymbol(node.get(1).isTextual() ? symbol : "")
            .orElseThrow(
                () ->
                    problem(
                        parser,
                        path + "[1]",
                        "unknown operator " + node.get(1) + "; use one of " + OPERATORS));
    Object value = value(node.get(2), path + "[2]", parser);
    return guarded(parser, path, () -> new Condition(field, operator, value));
  }

  private static Object value(JsonNode node, String path, JsonParser parser)
      throws JsonMappingException {
    if (node.isArray()) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        values.add(value(node.get(i), path + "[" + i + "]", parser));
      }
      return values;
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    throw problem(parser, path, "a value must be a number, string, boolean or list, got " + node);
  }

  /** Runs a constructor of the filter types, whose checks throw IllegalArgumentException. */
  private static <T> T guarded(JsonParser parser, String path, Construction<T> construction)
      throws JsonMappingException {
    try {
      return construction.build();
    } catch (IllegalArgumentException e) {
      throw problem(parser, path, e.getMessage());
    }
  }

  private static JsonMappingException problem(JsonParser parser, String path, String message) {
    return JsonMappingException.from(parser, "bad filter at " + path + ": " + message);
  }

  @FunctionalInterface
  private interface Construction<T> {
    T build();
  }
}
