package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.spec.model.EnumValue;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodError;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a request body against a method's params, as the portal does: required params, JSON types,
 * allowed values, recursively into objects, arrays and maps, in the method's own words ({@link
 * MethodWording}). Params the spec does not know are ignored, as on the portal. Every problem is
 * reported, not only the first.
 */
final class RequestValidator {
  /**
   * What checking a body gave.
   *
   * @param problems the entries of {@code error.validation[]}; empty when the body is valid
   * @param otherError an error with a code of its own the method documents for a value outside a
   *     param's known values, such as {@code UNKNOWNDTOPROPERTYEXCEPTION} for {@code select}
   */
  record Result(List<ValidationProblem> problems, Optional<Answer> otherError) {}

  private final SpecLookup spec;

  RequestValidator(SpecLookup spec) {
    this.spec = spec;
  }

  /** Checks {@code body} (a JSON object) for {@code method}. */
  Result validate(MethodModel method, JsonNode body) {
    Check check = new Check(method);
    check.fields(method.params(), body, "");
    return new Result(List.copyOf(check.problems), check.otherError);
  }

  /** One body's check: the method, its wording, and what was found so far. */
  private final class Check {
    private final String scope;
    private final MethodWording wording;
    private final List<ValidationProblem> problems = new ArrayList<>();
    private Optional<Answer> otherError = Optional.empty();

    Check(MethodModel method) {
      this.scope = method.scope();
      this.wording = new MethodWording(method);
    }

    void fields(List<FieldModel> fields, JsonNode object, String prefix) {
      for (FieldModel field : fields) {
        String path = prefix + field.name();
        JsonNode value = object.get(field.name());
        if (value == null || value.isNull()) {
          if (field.required()) {
            problems.add(new ValidationProblem(path, wording.missing(path)));
          }
          continue;
        }
        int before = problems.size();
        value(field.type(), value, path, field.format());
        if (problems.size() > before) {
          unrecognized(path, value, before);
        } else if (!field.knownValues().isEmpty()) {
          knownValues(field, value, path);
        }
      }
    }

    /**
     * A param of the wrong shape for which the method documents a "cannot recognize" error
     * (pagination, select) gets that error instead of validation entries.
     */
    private void unrecognized(String path, JsonNode value, int firstProblem) {
      Optional<MethodError> error = wording.unrecognizedError(path);
      if (error.isEmpty()) {
        return;
      }
      problems.subList(firstProblem, problems.size()).clear();
      if (otherError.isEmpty()) {
        String shown = value.isTextual() ? value.asText() : value.toString();
        String code = error.get().code();
        String message = MethodWording.fillForValue(error.get().description(), shown);
        otherError = Optional.of(Answers.restError(spec.statusOf(code), code, message));
      }
    }

    /**
     * @param format the field's wire format for {@code date} and {@code datetime} ({@code Y-m-d
     *     H:i:s}), which also applies to the elements of an array or map of them
     */
    private void value(TypeRef type, JsonNode value, String path, Optional<String> format) {
      if (value.isNull()) {
        return; // a null inside an array or map: the docs mark such values nullable, not typed
      }
      if (type instanceof TypeRef.Named named) {
        // SpecReader rejects unknown names; a hand-made model may hold one: take the value as is.
        spec.type(scope, named.name()).ifPresent(t -> value(t.shape(), value, path, format));
      } else if (type instanceof TypeRef.Scalar scalar) {
        if (!WireValues.fits(scalar.type(), format, value)) {
          problems.add(new ValidationProblem(path, wording.wrongType(path, type)));
        } else if (scalar.type() == ScalarType.FILTER) {
          FilterChecker.checkShape(value, path, problems);
        }
      } else if (type instanceof TypeRef.InlineEnum inlineEnum) {
        enumValue(inlineEnum, value, path);
      } else if (type instanceof TypeRef.InlineObject inlineObject) {
        if (value.isObject()) {
          fields(inlineObject.fields(), value, path + ".");
        } else {
          problems.add(new ValidationProblem(path, wording.wrongType(path, type)));
        }
      } else if (type instanceof TypeRef.ArrayOf array) {
        if (!value.isArray()) {
          problems.add(new ValidationProblem(path, wording.wrongType(path, type)));
          return;
        }
        for (int i = 0; i < value.size(); i++) {
          value(array.element(), value.get(i), path + "[" + i + "]", format);
        }
      } else if (type instanceof TypeRef.MapOf map) {
        if (!value.isObject()) {
          problems.add(new ValidationProblem(path, wording.wrongType(path, type)));
          return;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
          value(map.value(), entry.getValue(), path + "." + entry.getKey(), format);
        }
      }
    }

    /** A text enum takes one of its strings; an integer enum ({@code - value: 1}) its numbers. */
    private void enumValue(TypeRef.InlineEnum inlineEnum, JsonNode value, String path) {
      List<String> names = inlineEnum.values().stream().map(EnumValue::value).toList();
      boolean rightKind = inlineEnum.numeric() ? value.isIntegralNumber() : value.isTextual();
      if (!rightKind || !names.contains(value.asText())) {
        String shown = value.isTextual() ? value.asText() : value.toString();
        problems.add(new ValidationProblem(path, wording.invalidValue(path, shown, names)));
      }
    }

    /**
     * A known value, or a dotted path into one ({@code responsible.name} of a {@code select} that
     * knows {@code responsible}): the fields of a relation are the related type's to judge.
     */
    private static boolean isKnown(List<String> known, String value) {
      int dot = value.indexOf('.');
      return known.contains(value) || (dot > 0 && known.contains(value.substring(0, dot)));
    }

    /**
     * Known values are an open set: a value outside them is an error only where the docs document
     * one for the param; otherwise the portal ignores it.
     */
    private void knownValues(FieldModel field, JsonNode value, String path) {
      List<String> known = field.knownValues().stream().map(EnumValue::value).toList();
      List<JsonNode> given = new ArrayList<>();
      if (value.isArray()) {
        value.forEach(given::add);
      } else {
        given.add(value);
      }
      for (JsonNode each : given) {
        if (!each.isTextual() || isKnown(known, each.asText())) {
          continue;
        }
        Optional<MethodError> error = wording.unknownValueError(path);
        if (error.isEmpty()) {
          return;
        }
        String message = MethodWording.fillForValue(error.get().description(), each.asText());
        if (error.get().code().equals(MethodWording.VALIDATION_CODE)) {
          problems.add(new ValidationProblem(path, message));
        } else if (otherError.isEmpty()) {
          String code = error.get().code();
          otherError = Optional.of(Answers.restError(spec.statusOf(code), code, message));
        }
        return;
      }
    }
  }
}
