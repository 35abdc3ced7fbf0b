package io.b24rest.spec.validation;

import io.b24rest.spec.reader.CatalogueDraft;
import io.b24rest.spec.reader.ErrorDraft;
import io.b24rest.spec.reader.Located;
import io.b24rest.spec.reader.MethodDraft;
import io.b24rest.spec.reader.SpecDrafts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that every error code resolves to one HTTP status and one exception: from the catalogue,
 * or declared by a method, and the same wherever it is declared.
 */
final class ErrorCodeValidator {
  private final Diagnostics diagnostics;
  /** The first declaration with status and exception of each code. */
  private final Map<String, ErrorDraft> declared = new HashMap<>();
  /** Which code each exception name belongs to. */
  private final Map<String, ErrorDraft> byException = new HashMap<>();
  private String cataloguePath = "common-errors.yaml";

  private ErrorCodeValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  static void check(SpecDrafts drafts, Diagnostics diagnostics) {
    ErrorCodeValidator validator = new ErrorCodeValidator(diagnostics);
    validator.checkCatalogues(drafts.catalogues());
    drafts.methods().stream()
        .sorted(Comparator.comparing(MethodDraft::path))
        .forEach(method -> method.errors().forEach(validator::checkMethodError));
  }

  private void checkCatalogues(List<CatalogueDraft> catalogues) {
    for (int i = 0; i < catalogues.size(); i++) {
      CatalogueDraft catalogue = catalogues.get(i);
      if (i == 0) {
        cataloguePath = catalogue.path();
      } else {
        diagnostics.report(
            catalogue.location(),
            "a second error catalogue; the first is " + catalogues.get(0).path(),
            "keep one common-errors.yaml");
      }
      for (ErrorDraft error : catalogue.errors()) {
        String code = error.code().value();
        if (code.isEmpty()) {
          continue;
        }
        ErrorDraft first = declared.putIfAbsent(code, error);
        if (first != null) {
          diagnostics.report(
              error.code().location(),
              "error code '" + code + "' is listed twice; first at line " + first.location().line(),
              "remove one of the two entries");
        } else {
          checkException(error);
        }
      }
    }
  }

  private void checkMethodError(ErrorDraft error) {
    String code = error.code().value();
    if (code.isEmpty()) {
      return;
    }
    ErrorDraft known = declared.get(code);
    if (known == null) {
      if (error.status().isEmpty() || error.exception().isEmpty()) {
        diagnostics.report(
            error.location(),
            "error code '" + code + "' is not in " + cataloguePath + " and gives no " + missingParts(error),
            "add 'status:' and 'exception:' to this error, or add the code to " + cataloguePath);
        return;
      }
      declared.put(code, error);
      checkException(error);
      return;
    }
    checkAgrees(error, known, code);
  }

  private void checkAgrees(ErrorDraft error, ErrorDraft known, String code) {
    Optional<Located<Integer>> status = error.status().filter(s -> !s.value().equals(known.status().map(Located::value).orElse(null)));
    Optional<Located<String>> exception =
        error.exception().filter(e -> !e.value().equals(known.exception().map(Located::value).orElse(null)));
    if (status.isEmpty() && exception.isEmpty()) {
      return;
    }
    List<String> here = new ArrayList<>();
    List<String> there = new ArrayList<>();
    status.ifPresent(s -> {
      here.add("status " + s.value());
      there.add("status " + known.status().map(k -> String.valueOf(k.value())).orElse("-"));
    });
    exception.ifPresent(e -> {
      here.add("exception '" + e.value() + "'");
      there.add("exception '" + known.exception().map(Located::value).orElse("-") + "'");
    });
    diagnostics.report(
        status.isPresent() ? status.get().location() : exception.get().location(),
        "error code '" + code + "' has " + String.join(" and ", here) + " here but " + String.join(" and ", there)
            + " at " + known.location(),
        "give the code the same status and exception everywhere, or leave them out where the code is already declared");
  }

  private void checkException(ErrorDraft error) {
    error
        .exception()
        .ifPresent(
            exception -> {
              String name = exception.value();
              if (!NamingRules.isUpperCamelCase(name)) {
                diagnostics.report(
                    exception.location(),
                    "exception name '" + name + "' is not UpperCamelCase",
                    "write the exception's base name as '" + NamingRules.toUpperCamelCase(name) + "'; 'Exception' is appended");
                return;
              }
              ErrorDraft owner = byException.putIfAbsent(name, error);
              if (owner != null) {
                diagnostics.report(
                    exception.location(),
                    "exception '" + name + "' of error code '" + error.code().value() + "' is already the exception of '"
                        + owner.code().value() + "' at " + owner.location(),
                    "give each error code an exception name of its own");
              }
            });
  }

  private static String missingParts(ErrorDraft error) {
    if (error.status().isEmpty() && error.exception().isEmpty()) {
      return "'status' and 'exception'";
    }
    return error.status().isEmpty() ? "'status'" : "'exception'";
  }
}
