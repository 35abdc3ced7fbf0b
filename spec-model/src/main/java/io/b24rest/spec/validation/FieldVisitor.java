package io.b24rest.spec.validation;

import io.b24rest.spec.reader.FieldDraft;
import io.b24rest.spec.reader.Located;
import io.b24rest.spec.reader.MethodDraft;
import io.b24rest.spec.reader.SpecDrafts;
import java.util.List;
import java.util.function.BiConsumer;

/** Walks every list of fields of every spec, nested lists included. */
final class FieldVisitor {
  private FieldVisitor() {}

  /**
   * Calls {@code onList} with each field list and the scope whose named types the fields may use:
   * params, result fields, fields of named types, and the fields nested in any of them.
   */
  static void eachList(SpecDrafts drafts, BiConsumer<String, List<FieldDraft>> onList) {
    for (MethodDraft method : drafts.methods()) {
      walk(method.folder(), method.params(), onList);
      walk(method.folder(), method.resultFields(), onList);
    }
    drafts
        .namedTypes()
        .forEach(type -> type.fields().ifPresent(fields -> walk(type.scope(), fields.value(), onList)));
  }

  /** Calls {@code onField} with each field and its scope, nested fields included. */
  static void eachField(SpecDrafts drafts, BiConsumer<String, FieldDraft> onField) {
    eachList(drafts, (scope, fields) -> fields.forEach(field -> onField.accept(scope, field)));
  }

  private static void walk(String scope, List<FieldDraft> fields, BiConsumer<String, List<FieldDraft>> onList) {
    onList.accept(scope, fields);
    for (FieldDraft field : fields) {
      field.fields().map(Located::value).ifPresent(nested -> walk(scope, nested, onList));
    }
  }
}
