package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.processor.model.EnumValue;
import io.b24rest.processor.model.FieldModel;
import io.b24rest.processor.model.MethodModel;
import io.b24rest.processor.model.ScalarType;
import io.b24rest.processor.model.TypeRef;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a request body against a method's params, as the portal does: required params, JSON types,
 * allowed values, recursively into objects, arrays and maps. Params the spec does not know are
 * ignored, as on the portal. Every problem is reported, not only the first.
 */
final class RequestValidator {
  private final SpecIndex spec;

  RequestValidator(SpecIndex spec) {
    this.spec = spec;
  }

  /** The problems of {@code body} (a JSON object) for {@code method}; empty when it is valid. */
  List<ValidationProblem> validate(MethodModel method, JsonNode body) {
    List<ValidationProblem> problems = new ArrayList<>();
    checkFields(method.scope(), method.params(), body, "", problems);
    return problems;
  }

  private void checkFields(
      String scope,
      List<FieldModel> fields,
      JsonNode object,
      String prefix,
      List<ValidationProblem> out) {
    for (FieldModel field : fields) {
      String path = prefix + field.name();
      JsonNode value = object.get(field.name());
      if (value == null || value.isNull()) {
        if (field.required()) {
          out.add(new ValidationProblem(path, "Required field `" + path + "` is missing"));
        }
        continue;
      }
      checkValue(scope, field.type(), value, path, out);
    }
  }

  private void checkValue(
      String scope, TypeRef type, JsonNode value, String path, List<ValidationProblem> out) {
    if (value.isNull()) {
      return; // a null inside an array or map: the docs mark such values nullable, not typed
    }
    if (type instanceof TypeRef.Scalar scalar) {
      checkScalar(scalar.type(), value, path, out);
    } else if (type instanceof TypeRef.InlineEnum inlineEnum) {
      checkEnum(inlineEnum.values(), value, path, out);
    } else if (type instanceof TypeRef.InlineObject inlineObject) {
      if (!value.isObject()) {
        out.add(typeProblem(path, "an object"));
        return;
      }
      checkFields(scope, inlineObject.fields(), value, path + ".", out);
    } else if (type instanceof TypeRef.ArrayOf array) {
      if (!value.isArray()) {
        out.add(typeProblem(path, "an array"));
        return;
      }
      for (int i = 0; i < value.size(); i++) {
        checkValue(scope, array.element(), value.get(i), path + "[" + i + "]", out);
      }
    } else if (type instanceof TypeRef.MapOf map) {
      if (!value.isObject()) {
        out.add(typeProblem(path, "an object"));
        return;
      }
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        checkValue(scope, map.value(), entry.getValue(), path + "." + entry.getKey(), out);
      }
    } else if (type instanceof TypeRef.Named named) {
      // An unknown name cannot reach here from SpecReader, which rejects it; a hand-made model
      // may hold one, and then the value is taken as it is.
      spec.type(scope, named.name()).ifPresent(t -> checkValue(scope, t.shape(), value, path, out));
    }
  }

  private static void checkScalar(
      ScalarType type, JsonNode value, String path, List<ValidationProblem> out) {
    switch (type) {
      case INTEGER, TIMESTAMP -> {
        if (!value.isIntegralNumber()) {
          out.add(typeProblem(path, "an integer"));
        }
      }
      case DOUBLE -> {
        if (!value.isNumber()) {
          out.add(typeProblem(path, "a number"));
        }
      }
      case STRING -> {
        if (!value.isTextual()) {
          out.add(typeProblem(path, "a string"));
        }
      }
      case BOOLEAN -> {
        if (!value.isBoolean()) {
          out.add(typeProblem(path, "a boolean"));
        }
      }
      case DATE -> {
        if (!value.isTextual() || !parses(value.asText(), true)) {
          out.add(typeProblem(path, "a date in the format YYYY-MM-DD"));
        }
      }
      case DATETIME -> {
        if (!value.isTextual() || !parses(value.asText(), false)) {
          out.add(typeProblem(path, "a date and time in the format YYYY-MM-DDThh:mm:ss±hh:mm"));
        }
      }
      case FILTER -> FilterChecker.checkShape(value, path, out);
      case ANY -> {}
    }
  }

  private static void checkEnum(
      List<EnumValue> allowed, JsonNode value, String path, List<ValidationProblem> out) {
    boolean known =
        value.isTextual() && allowed.stream().anyMatch(v -> v.value().equals(value.asText()));
    if (!known) {
      String list = allowed.stream().map(EnumValue::value).collect(Collectors.joining(", "));
      out.add(
          new ValidationProblem(
              path,
              "Invalid value `"
                  + display(value)
                  + "` of field `"
                  + path
                  + "`. Allowed: "
                  + list
                  + "."));
    }
  }

  static ValidationProblem typeProblem(String path, String expected) {
    return new ValidationProblem(path, "Field `" + path + "` must be " + expected);
  }

  private static boolean parses(String text, boolean dateOnly) {
    try {
      if (dateOnly) {
        LocalDate.parse(text);
      } else {
        OffsetDateTime.parse(text);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String display(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }
}
