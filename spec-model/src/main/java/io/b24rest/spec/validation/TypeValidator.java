package io.b24rest.spec.validation;

import io.b24rest.spec.model.ScalarType;
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
    drafts.methods().forEach(validator::checkResultType);
  }

  /** {@code result: {type: Name}} must name an object type of the method's scope. */
  private void checkResultType(MethodDraft method) {
    if (method.resultType().isEmpty() || method.resultType().get().value().isEmpty()) {
      return;
    }
    Located<String> type = method.resultType().get();
    Optional<NamedTypeDraft> found = declared.find(method.folder(), type.value());
    if (found.isEmpty()) {
      List<String> candidates = new ArrayList<>(declared.names(method.folder()));
      diagnostics.report(
          type.location(),
          "undefined result type '" + type.value() + "' in scope '" + method.folder() + "'",
          DidYouMean.hint(type.value(), candidates)
              + "declare '" + type.value() + "' under 'types' of a file of scope '" + method.folder()
              + "', or list the result's fields under 'fields:'");
    } else if (found.get().fields().isEmpty()) {
      diagnostics.report(
          type.location(),
          "result type '" + type.value() + "' is an enum; a result named by 'type' must be an object type",
          "list the result's fields under 'fields:', with the enum as the type of one of them");
    }
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
