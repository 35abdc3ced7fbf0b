package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether a record matches a REST 3.0 filter (rest-v3.md, "Filtering"): the elements of the array
 * all hold; a {@code {"logic":"or","conditions":[...]}} group holds when one of its conditions
 * does; {@code [field, value]} is {@code =}, or {@code in} when the value is a list. Numbers compare
 * by value, everything else as text (ISO dates of one offset order correctly so). A field the
 * record lacks matches only {@code !=}. The filter's shape and operators were checked before
 * ({@link FilterChecker}); an element it cannot read matches.
 */
final class RecordFilter {
  private RecordFilter() {}

  static boolean matches(JsonNode filter, JsonNode record) {
    if (filter == null || !filter.isArray()) {
      return true;
    }
    for (JsonNode element : filter) {
      if (!holds(element, record)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(JsonNode element, JsonNode record) {
    if (element.isObject()) {
      JsonNode conditions = element.path("conditions");
      if (!conditions.isArray() || conditions.isEmpty()) {
        return true;
      }
      for (JsonNode condition : conditions) {
        if (holds(condition, record)) {
          return true;
        }
      }
      return false;
    }
    if (!element.isArray() || element.size() < 2 || !element.get(0).isTextual()) {
      return true;
    }
    JsonNode actual = record.path(element.get(0).asText());
    boolean shortForm = element.size() == 2;
    JsonNode expected = element.get(shortForm ? 1 : 2);
    String operator =
        shortForm ? (expected.isArray() ? "in" : "=") : element.get(1).asText();
    if (actual.isMissingNode() || actual.isNull()) {
      return operator.equals("!=") && !expected.isNull();
    }
    return switch (operator) {
      case "=" -> compare(actual, expected) == 0;
      case "!=" -> compare(actual, expected) != 0;
      case ">" -> compare(actual, expected) > 0;
      case ">=" -> compare(actual, expected) >= 0;
      case "<" -> compare(actual, expected) < 0;
      case "<=" -> compare(actual, expected) <= 0;
      case "in" -> in(actual, expected);
      case "between" ->
          expected.isArray()
              && expected.size() == 2
              && compare(actual, expected.get(0)) >= 0
              && compare(actual, expected.get(1)) <= 0;
      default -> true;
    };
  }

  private static boolean in(JsonNode actual, JsonNode values) {
    if (!values.isArray()) {
      return compare(actual, values) == 0;
    }
    for (JsonNode value : values) {
      if (compare(actual, value) == 0) {
        return true;
      }
    }
    return false;
  }

  /** Numbers by value, booleans and text as text. */
  static int compare(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.asText().compareTo(b.asText());
  }
}
