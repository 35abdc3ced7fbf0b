package io.b24rest.spec.validation;

import io.b24rest.spec.reader.EnumValueDraft;
import io.b24rest.spec.reader.FieldDraft;
import io.b24rest.spec.reader.Located;
import io.b24rest.spec.reader.SpecDrafts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reports a name twice in one list of fields, and a value twice in one enum. */
final class DuplicateNameValidator {
  private DuplicateNameValidator() {}

  static void check(SpecDrafts drafts, Diagnostics diagnostics) {
    FieldVisitor.eachList(drafts, (scope, fields) -> checkFields(fields, diagnostics));
    FieldVisitor.eachField(
        drafts, (scope, field) -> field.values().ifPresent(values -> checkValues(field.label(), values.value(), diagnostics)));
    drafts
        .namedTypes()
        .forEach(type -> type.values().ifPresent(values -> checkValues("type '" + type.name().value() + "'", values.value(), diagnostics)));
  }

  private static void checkFields(List<FieldDraft> fields, Diagnostics diagnostics) {
    Map<String, FieldDraft> seen = new HashMap<>();
    for (FieldDraft field : fields) {
      String name = field.name().value();
      if (name.isEmpty()) {
        continue;
      }
      FieldDraft first = seen.putIfAbsent(name, field);
      if (first != null) {
        diagnostics.report(
            field.name().location(),
            "duplicate name '" + name + "': " + field.label() + " is already declared at line " + first.location().line(),
            "remove one of the two or rename it");
      }
    }
  }

  private static void checkValues(String owner, List<EnumValueDraft> values, Diagnostics diagnostics) {
    Map<String, Located<String>> seen = new HashMap<>();
    for (EnumValueDraft value : values) {
      String text = value.value().value();
      if (text.isEmpty()) {
        continue;
      }
      Located<String> first = seen.putIfAbsent(text, value.value());
      if (first != null) {
        diagnostics.report(
            value.value().location(),
            "duplicate value '" + text + "' of " + owner + ", already listed at line " + first.location().line(),
            "remove the second '" + text + "'");
      }
    }
  }
}
