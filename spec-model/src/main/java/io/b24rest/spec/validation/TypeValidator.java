package io.b24rest.spec.validation;

import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.WireFormat;
import io.b24rest.spec.reader.EnumValueDraft;
import io.b24rest.spec.reader.FieldDraft;
import io.b24rest.spec.reader.Located;
import io.b24rest.spec.reader.MethodDraft;
import io.b24rest.spec.reader.NamedTypeDraft;
import io.b24rest.spec.reader.SpecDrafts;
import io.b24rest.spec.reader.TypeExpression;
import io.b24rest.spec.reader.TypeExpressionParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the type of every field: that it parses, that every name it uses is declared in the
 * field's scope, and that {@code values} come with enums (or strings, as known values) and
 * {@code fields} exactly with objects.
 */
final class TypeValidator {
  private static final String VOCABULARY = String.join(", ", TypeExpression.VOCABULARY);

  private final DeclaredTypes declared;
  private final Diagnostics diagnostics;

  private TypeValidator(DeclaredTypes declared, Diagnostics diagnostics) {
    this.declared = declared;
    this.diagnostics = diagnostics;
  }

  static void check(SpecDrafts drafts, Diagnostics diagnostics) {
    TypeValidator validator = new TypeValidator(DeclaredTypes.collect(drafts, diagnostics), diagnostics);
    FieldVisitor.eachField(drafts, validator::checkField);
    FieldVisitor.eachField(
        drafts, (scope, field) -> field.values().ifPresent(v -> validator.checkEnumValues(field.label(), v.value())));
    drafts
        .namedTypes()
        .forEach(t -> t.values().ifPresent(v -> validator.checkEnumValues("type '" + t.name().value() + "'", v.value())));
  }

  /** An enum's values are all numbers ({@code - value: 1}) or all text. */
  private void checkEnumValues(String owner, List<EnumValueDraft> values) {
    long numeric = values.stream().filter(EnumValueDraft::numeric).count();
    if (numeric == 0 || numeric == values.size()) {
      return;
    }
    EnumValueDraft odd = values.stream().filter(v -> !v.numeric()).findFirst().orElseThrow();
    diagnostics.report(
        odd.value().location(),
        "enum " + owner + " mixes numbers and text: value '" + odd.value().value() + "' is text, others are numbers",
        "write every value as a number (- value: 1) when the wire sends numbers, or quote every"
            + " value (- value: \"1\") when it sends text");
  }

  private void checkField(String scope, FieldDraft field) {
    String text = field.type().value();
    if (text.isEmpty()) {
      return;
    }
    TypeExpressionParser.Result parsed = TypeExpressionParser.parse(text);
    if (parsed.malformed().isPresent()) {
      diagnostics.report(
          field.type().location(),
          "malformed type '" + text + "' of " + field.label() + ": " + parsed.malformed().get().detail(),
          "write a type such as string, array<string> or map<integer>, with one type inside the angle brackets");
      return;
    }
    TypeExpression type = parsed.expression().orElseThrow();
    type.names().forEach(name -> checkName(scope, field, name.name()));
    if (!field.shapeUnreadable()) {
      checkShape(field, type.innermost());
    }
    field.format().ifPresent(format -> checkFormat(field, type.innermost(), format));
    field.relation().filter(Located::value).ifPresent(relation -> checkRelation(scope, field, type.innermost(), relation));
  }

  /** {@code format} goes with {@code datetime} or {@code date} and uses supported PHP letters. */
  private void checkFormat(FieldDraft field, TypeExpression innermost, Located<String> format) {
    boolean datetime = innermost.equals(new TypeExpression.Scalar(ScalarType.DATETIME));
    boolean date = innermost.equals(new TypeExpression.Scalar(ScalarType.DATE));
    if (!datetime && !date) {
      diagnostics.report(
          format.location(),
          "'format' applies to datetime and date only, but " + field.label() + " is of type '" + field.type().value() + "'",
          "remove 'format', or change the type to datetime or date");
      return;
    }
    Optional<Character> letter = WireFormat.unsupportedLetter(format.value());
    if (letter.isPresent()) {
      diagnostics.report(
          format.location(),
          "format '" + format.value() + "' of " + field.label() + " has the letter '" + letter.get()
              + "', which this client does not support",
          "write the format in PHP date() letters from " + WireFormat.SUPPORTED
              + "; quote a literal letter with a backslash (\\T)");
      return;
    }
    WireFormat wire = WireFormat.parse(format.value()).orElseThrow();
    if (datetime && !wire.hasTime()) {
      diagnostics.report(
          format.location(),
          "format '" + format.value() + "' of datetime " + field.label() + " has no time of day",
          "change the type to date, or add the time letters (H:i:s)");
    } else if (date && wire.hasTime()) {
      diagnostics.report(
          format.location(),
          "format '" + format.value() + "' of date " + field.label() + " has a time of day",
          "change the type to datetime, or remove the time letters");
    }
  }

  /** {@code relation: true} marks a field typed as a named object type. */
  private void checkRelation(String scope, FieldDraft field, TypeExpression innermost, Located<Boolean> relation) {
    boolean objectType =
        innermost instanceof TypeExpression.Name name
            && declared.find(scope, name.name()).map(t -> t.fields().isPresent()).orElse(true);
    if (!objectType) {
      diagnostics.report(
          relation.location(),
          "'relation' applies to fields typed as a named object type, but " + field.label() + " is of type '"
              + field.type().value() + "'",
          "type the field as the related named type (for example 'type: TaskUser'), or remove 'relation'");
    }
  }

  private void checkName(String scope, FieldDraft field, String name) {
    if (declared.find(scope, name).isPresent()) {
      return;
    }
    List<String> candidates = new ArrayList<>(declared.names(scope));
    candidates.addAll(TypeExpression.VOCABULARY);
    if (NamingRules.isUpperCamelCase(name)) {
      String hint = DidYouMean.hint(name, candidates);
      diagnostics.report(
          field.type().location(),
          "undefined type '" + name + "' of " + field.label() + " in scope '" + scope + "'",
          hint + "declare '" + name + "' under 'types' of a file of scope '" + scope + "', or use a declared type");
      return;
    }
    diagnostics.report(
        field.type().location(),
        "unknown type '" + name + "' of " + field.label(),
        "use one of " + VOCABULARY + " or a type declared under 'types'"
            + DidYouMean.closest(name, candidates).map(c -> "; did you mean '" + c + "'?").orElse(""));
  }

  private void checkShape(FieldDraft field, TypeExpression innermost) {
    boolean isEnum = innermost instanceof TypeExpression.InlineEnum;
    boolean isObject = innermost instanceof TypeExpression.InlineObject;
    if (isEnum && field.values().map(v -> v.value().isEmpty()).orElse(true)) {
      diagnostics.report(
          field.values().map(v -> v.location()).orElse(field.type().location()),
          "enum " + field.label() + " has no values",
          "list its values under 'values:', each as '- value: X' with a description");
    }
    if (isObject && field.fields().isEmpty()) {
      diagnostics.report(
          field.type().location(),
          "object " + field.label() + " has no fields",
          "list its fields under 'fields:', or use 'any' for a value of unknown shape");
    }
    // On a string, values list the known values of an open set (the names a select may hold).
    boolean isString = innermost.equals(new TypeExpression.Scalar(ScalarType.STRING));
    if (!isEnum && !isString && field.values().isPresent()) {
      diagnostics.report(
          field.values().get().location(),
          "'values' applies to enum and string types only, but " + field.label() + " is of type '" + field.type().value() + "'",
          "remove 'values', or change the type to enum or array<enum>");
    }
    if (!isObject && field.fields().isPresent()) {
      diagnostics.report(
          field.fields().get().location(),
          "'fields' applies to object types only, but " + field.label() + " is of type '" + field.type().value() + "'",
          "remove 'fields', or change the type to object or array<object>");
    }
  }
}
