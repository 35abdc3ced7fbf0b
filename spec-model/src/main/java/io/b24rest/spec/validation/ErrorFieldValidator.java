package io.b24rest.spec.validation;

import io.b24rest.spec.reader.ErrorDraft;
import io.b24rest.spec.reader.FieldDraft;
import io.b24rest.spec.reader.Located;
import io.b24rest.spec.reader.MethodDraft;
import io.b24rest.spec.reader.SpecDrafts;
import java.util.List;

/** Checks that the {@code field} of a method's error names one of the method's params. */
final class ErrorFieldValidator {
  private ErrorFieldValidator() {}

  static void check(SpecDrafts drafts, Diagnostics diagnostics) {
    for (MethodDraft method : drafts.methods()) {
      if (diagnostics.reportedIn(method.path())) {
        // With a broken file the params read may be incomplete: a check now could blame a right field.
        continue;
      }
      List<String> params = method.params().stream().map(FieldDraft::name).map(Located::value).toList();
      for (ErrorDraft error : method.errors()) {
        error.fields().forEach(field -> checkField(field, error, params, diagnostics));
      }
    }
  }

  private static void checkField(Located<String> field, ErrorDraft error, List<String> params, Diagnostics diagnostics) {
    String name = field.value();
    // A path into a param ("fields.name", "ids[0]") names the param it starts with.
    boolean known = params.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + ".") || name.startsWith(p + "["));
    if (!known) {
      diagnostics.report(
          field.location(),
          "field '" + name + "' of error '" + error.code().value() + "' is not a param of the method",
          DidYouMean.hint(name, params) + "write the name of a param"
              + (params.isEmpty() ? "" : " (" + String.join(", ", params) + ")") + ", or leave 'field' out");
    }
  }
}
