package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.TypeRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks REST 3.0 filter expressions (rest-v3.md, "Filtering"): their shape and operators. */
final class FilterChecker {
  private static final Set<String> OPERATORS =
      Set.of("=", "!=", ">", ">=", "<", "<=", "in", "between");

  private FilterChecker() {}

  /**
   * The REST 3.0 filter shape (rest-v3.md): an array of conditions {@code [field, op, value]} or
   * {@code [field, value]}, and groups {@code {"logic":"or","conditions":[...]}}. Operators are
   * checked separately, see {@link #unknownOperator(MethodModel, JsonNode)}.
   */
  static void checkShape(JsonNode value, String path, List<ValidationProblem> out) {
    if (!value.isArray()) {
      out.add(new ValidationProblem(path, "Filter `" + path + "` must be an array of conditions"));
      return;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      String at = path + "[" + i + "]";
      if (element.isArray()) {
        boolean operatorIsText = element.size() != 3 || element.get(1).isTextual();
        if (element.size() < 2
            || element.size() > 3
            || !element.get(0).isTextual()
            || !operatorIsText) {
          out.add(
              new ValidationProblem(
                  at,
                  "Filter condition `"
                      + at
                      + "` must be [field, operator, value] or [field, value]"));
        }
      } else if (element.isObject()) {
        JsonNode conditions = element.get("conditions");
        if (conditions == null) {
          out.add(new ValidationProblem(at, "Filter group `" + at + "` must have `conditions`"));
        } else {
          checkShape(conditions, at + ".conditions", out);
        }
      } else {
        out.add(
            new ValidationProblem(
                at, "Filter element `" + at + "` must be a condition or a group"));
      }
    }
  }

  /**
   * The first operator of a filter param that is not one of the documented eight, if any: the
   * portal answers it with {@code UNKNOWNFILTEROPERATOREXCEPTION}, not a validation error.
   */
  static Optional<String> unknownOperator(MethodModel method, JsonNode body) {
    for (FieldModel param : method.params()) {
      if (param.type() instanceof TypeRef.Scalar s && s.type() == ScalarType.FILTER) {
        JsonNode value = body.get(param.name());
        if (value != null && value.isArray()) {
          Optional<String> found = unknownOperator(value);
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> unknownOperator(JsonNode filter) {
    for (JsonNode element : filter) {
      if (element.isArray() && element.size() == 3 && element.get(1).isTextual()) {
        String operator = element.get(1).asText();
        if (!OPERATORS.contains(operator)) {
          return Optional.of(operator);
        }
      } else if (element.isObject() && element.path("conditions").isArray()) {
        Optional<String> nested = unknownOperator(element.get("conditions"));
        if (nested.isPresent()) {
          return nested;
        }
      }
    }
    return Optional.empty();
  }
}
