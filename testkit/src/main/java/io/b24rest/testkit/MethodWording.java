package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.spec.model.Example;
import io.b24rest.spec.model.MethodError;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.TypeRef;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a method's docs use for its errors, taken from its spec: the {@code errors} it declares
 * (with templates such as {@code Required field `#FIELD#` is not specified}) and its documented 400
 * example. Where the spec says nothing, the wording of the seed spec and of the docs' general pages
 * is used.
 */
final class MethodWording {
  static final String VALIDATION_CODE =
      "BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION";
  static final String INVALID_SELECT_CODE = "BITRIX_REST_V3_EXCEPTION_INVALIDSELECTEXCEPTION";

  /** The seed spec's documented 400 example. */
  private static final String DEFAULT_VALIDATION_MESSAGE = "Error during request object validation";

  private static final Pattern REQUIRED_FIELD = Pattern.compile("^Required field `[^`]+`(.*)$");
  private static final Pattern PLACEHOLDER = Pattern.compile("#([A-Z_]+)#");

  /** What a declared validation message is about, judged by its words. */
  private enum Kind {
    MISSING,
    TYPE,
    VALUE
  }

  private final MethodModel method;

  MethodWording(MethodModel method) {
    this.method = method;
  }

  /** {@code error.message} of a validation error: the method's documented 400 example's. */
  String validationMessage() {
    for (Example example : method.responseExamples()) {
      if (example.status() != 400) {
        continue;
      }
      Optional<JsonNode> error = Json.parse(example.json()).map(body -> body.path("error"));
      if (error.isPresent()
          && VALIDATION_CODE.equals(error.get().path("code").asText())
          && error.get().path("message").isTextual()) {
        return error.get().path("message").asText();
      }
    }
    return DEFAULT_VALIDATION_MESSAGE;
  }

  /** A required param at {@code path} is missing. */
  String missing(String path) {
    Optional<String> declared =
        declared(Kind.MISSING, path).map(d -> fill(d, path, path, List.of()));
    if (declared.isPresent()) {
      return declared.get();
    }
    // Another field's row still shows the method's wording: "is missing" or "is not specified".
    for (MethodError error : validationErrors()) {
      Matcher matcher = REQUIRED_FIELD.matcher(error.description());
      if (matcher.matches()) {
        return "Required field `" + path + "`" + matcher.group(1);
      }
    }
    return "Required field `" + path + "` is missing";
  }

  /** The value at {@code path} does not have the param's JSON type. */
  String wrongType(String path, TypeRef type) {
    String typeName = phpTypeName(type);
    return declared(Kind.TYPE, path)
        .map(d -> fill(d.replace("#TYPE#", typeName), path, path, List.of()))
        .orElse("Field `" + path + "` requires data type `" + typeName + "` for this request");
  }

  /** The value at {@code path} is not one of the allowed values. */
  String invalidValue(String path, String value, List<String> allowed) {
    return declared(Kind.VALUE, path)
        .map(d -> fill(d, path, value, allowed))
        .orElse(
            "Invalid value `"
                + value
                + "` of field `"
                + path
                + "`. Allowed: "
                + String.join(", ", allowed)
                + ".");
  }

  /**
   * The error a method documents for a value outside the known values of param {@code param} (an
   * open set, such as the field names of {@code select}): a code of its own, such as {@code
   * UNKNOWNDTOPROPERTYEXCEPTION}, or a validation message. Empty when the docs document none, and
   * then the portal ignores the value.
   */
  Optional<MethodError> unknownValueError(String param) {
    Optional<MethodError> ownCode =
        method.errors().stream()
            .filter(e -> e.field().equals(Optional.of(param)))
            .filter(e -> !e.code().equals(VALIDATION_CODE) && !e.code().equals(INVALID_SELECT_CODE))
            .findFirst();
    if (ownCode.isPresent()) {
      return ownCode;
    }
    return validationErrors().stream()
        .filter(e -> e.field().equals(Optional.of(param)) && kind(e.description()) == Kind.VALUE)
        .findFirst();
  }

  /**
   * The error a method documents for a param it cannot make sense of, such as {@code
   * INVALIDPAGINATIONEXCEPTION} ("Cannot recognize pagination parameter ...") or {@code
   * INVALIDSELECTEXCEPTION}: the portal answers it, not a validation error, when the param's value
   * has the wrong shape.
   */
  Optional<MethodError> unrecognizedError(String param) {
    return method.errors().stream()
        .filter(e -> e.field().equals(Optional.of(param)) && !e.code().equals(VALIDATION_CODE))
        .filter(e -> e.description().toLowerCase(Locale.ROOT).contains("recognize"))
        .findFirst();
  }

  /** Fills a declared message for an unknown value: every placeholder names the value. */
  static String fillForValue(String description, String value) {
    return PLACEHOLDER.matcher(description).replaceAll(Matcher.quoteReplacement(value));
  }

  private Optional<String> declared(Kind kind, String path) {
    List<MethodError> ofKind =
        validationErrors().stream().filter(e -> kind(e.description()) == kind).toList();
    // Of several rows for the field, one that lists the allowed values says the most, and one
    // about an invalid value fits better than, say, "At least one field must be provided".
    Optional<String> forThisField =
        ofKind.stream()
            .filter(e -> e.field().equals(Optional.of(path)))
            .map(MethodError::description)
            .min(Comparator.comparingInt(MethodWording::specificity));
    if (forThisField.isPresent()) {
      return forThisField;
    }
    // A template row ("Required field `#FIELD#` ...") speaks for every field.
    return ofKind.stream()
        .map(MethodError::description)
        .filter(d -> d.contains("#FIELD#"))
        .findFirst();
  }

  /** Lower is a better match for a value outside the allowed ones. */
  private static int specificity(String description) {
    String words = description.toLowerCase(Locale.ROOT);
    return words.contains("allowed") ? 0 : words.contains("invalid") ? 1 : 2;
  }

  private List<MethodError> validationErrors() {
    return method.errors().stream().filter(e -> e.code().equals(VALIDATION_CODE)).toList();
  }

  private static Kind kind(String description) {
    String words = description.toLowerCase(Locale.ROOT);
    if (words.contains("data type")) {
      return Kind.TYPE;
    }
    if (words.contains("required")
        || words.contains("mandatory")
        || words.contains("not specified")
        || words.contains("missing")) {
      return Kind.MISSING;
    }
    return Kind.VALUE;
  }

  /** #FIELD# is the path; a #..._LIST# the allowed values; any other placeholder the value. */
  private static String fill(String description, String path, String value, List<String> allowed) {
    Matcher matcher = PLACEHOLDER.matcher(description);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String replacement =
          name.equals("FIELD") ? path : name.endsWith("_LIST") ? String.join(", ", allowed) : value;
      matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  /** The type names the portal's messages use ({@code Field `id` requires data type `int`}). */
  private static String phpTypeName(TypeRef type) {
    if (type instanceof TypeRef.Scalar scalar) {
      return switch (scalar.type()) {
        case INTEGER, TIMESTAMP -> "int";
        case DOUBLE -> "float";
        case BOOLEAN -> "bool";
        case FILTER -> "array";
        case DATE -> "date";
        case DATETIME -> "datetime";
        case STRING, BASE64 -> "string";
        case ANY -> "mixed";
      };
    }
    if (type instanceof TypeRef.ArrayOf) {
      return "array";
    }
    if (type instanceof TypeRef.InlineEnum) {
      return "string";
    }
    return "object";
  }
}
