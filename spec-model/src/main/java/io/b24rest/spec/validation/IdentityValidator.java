package io.b24rest.spec.validation;

import io.b24rest.spec.reader.Located;
import io.b24rest.spec.reader.MethodDraft;
import io.b24rest.spec.reader.SpecDrafts;
import io.b24rest.spec.reader.TypesFileDraft;
import java.util.regex.Pattern;

/** Checks that each file's method and scope agree with its file name and folder. */
final class IdentityValidator {
  /** Dot-separated words, at least two: the group and the action. */
  private static final Pattern METHOD_NAME = Pattern.compile("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)+");

  private IdentityValidator() {}

  static void check(SpecDrafts drafts, Diagnostics diagnostics) {
    drafts.methods().forEach(method -> checkMethod(method, diagnostics));
    drafts.typesFiles().forEach(types -> checkTypesFile(types, diagnostics));
    drafts.commonTypes().stream()
        .skip(1)
        .forEach(
            extra ->
                diagnostics.report(
                    extra.location(),
                    "a second shared types file; the first is " + drafts.commonTypes().get(0).path(),
                    "keep one common.types.yaml, next to common-errors.yaml"));
  }

  private static void checkMethod(MethodDraft method, Diagnostics diagnostics) {
    checkScope(method.scope(), method.folder(), diagnostics);
    Located<String> name = method.name();
    if (name.value().isEmpty()) {
      return;
    }
    String fromFile = method.nameFromFile();
    String scope = method.scope().value();
    if (!name.value().equals(fromFile)) {
      diagnostics.report(
          name.location(),
          "method '" + name.value() + "' does not match the file name '" + fromFile + ".yaml'",
          "write 'method: " + fromFile + "' or rename the file to '" + name.value() + ".yaml'");
    } else if (!METHOD_NAME.matcher(name.value()).matches()) {
      diagnostics.report(
          name.location(),
          "method name '" + name.value() + "' is not dot-separated words such as scope.entity.action",
          "write the method name exactly as the REST address has it, for example humanresources.node.list");
    } else if (scope.equals(method.folder()) && !name.value().startsWith(scope + ".")) {
      // A scope that differs from the folder is reported already; the prefix is checked against a right scope.
      diagnostics.report(
          name.location(),
          "method '" + name.value() + "' does not start with its scope '" + scope + ".'",
          "put the method in the folder of the scope its name starts with, and write that scope");
    }
  }

  private static void checkTypesFile(TypesFileDraft types, Diagnostics diagnostics) {
    checkScope(types.scope(), types.folder(), diagnostics);
    String scope = types.scope().value();
    if (!scope.isEmpty() && !scope.equals(types.scopeFromFile())) {
      diagnostics.report(
          types.scope().location(),
          "scope '" + scope + "' does not match the file name '" + types.scopeFromFile() + ".types.yaml'",
          "name the types file of scope '" + scope + "' '" + scope + ".types.yaml'");
    }
  }

  private static void checkScope(Located<String> scope, String folder, Diagnostics diagnostics) {
    if (!scope.value().isEmpty() && !scope.value().equals(folder)) {
      diagnostics.report(
          scope.location(),
          "scope '" + scope.value() + "' does not match the folder '" + folder + "'",
          "write 'scope: " + folder + "' or move the file to the folder '" + scope.value() + "'");
    }
  }
}
