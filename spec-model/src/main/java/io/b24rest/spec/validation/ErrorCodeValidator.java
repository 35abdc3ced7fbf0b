package io.b24rest.spec.validation;

import io.b24rest.spec.reader.CatalogueDraft;
import io.b24rest.spec.reader.ErrorDraft;
import io.b24rest.spec.reader.Located;
import io.b24rest.spec.reader.MethodDraft;
import io.b24rest.spec.reader.SpecDrafts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that every error code resolves to one HTTP status and one exception: from the catalogue,
 * or declared by a method, and the same wherever it is declared.
 */
final class ErrorCodeValidator {
  private final Diagnostics diagnostics;
  /** The first declaration of each code, in catalogue then file order. */
  private final Map<String, ErrorDraft> declared = new LinkedHashMap<>();
  /** The first declaration that gives a code its status. */
  private final Map<String, ErrorDraft> statusSource = new HashMap<>();
  /** The first declaration that gives a code its exception. */
  private final Map<String, ErrorDraft> exceptionSource = new HashMap<>();
  /** The scope of the first method declaring a code the catalogue lacks. */
  private final Map<String, String> firstScope = new HashMap<>();
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
        .forEach(method -> method.errors().forEach(error -> validator.checkMethodError(method, error)));
    validator.checkDerivedNames();
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
          statusSource.put(code, error);
          exceptionSource.put(code, error);
          checkException(error);
        }
      }
    }
  }

  private void checkMethodError(MethodDraft method, ErrorDraft error) {
    String code = error.code().value();
    if (code.isEmpty()) {
      return;
    }
    if (!declared.containsKey(code)) {
      declared.put(code, error);
      firstScope.put(code, method.folder());
    }
    error.status().ifPresent(status -> agree(code, error, status, statusSource, "status"));
    error.exception().ifPresent(exception -> {
      if (agree(code, error, exception, exceptionSource, "exception")) {
        checkException(error);
      }
    });
  }

  /**
   * Records the first {@code status} or {@code exception} a code is given and reports a later
   * declaration that differs; whether this one is the first.
   */
  private <T> boolean agree(
      String code, ErrorDraft error, Located<T> value, Map<String, ErrorDraft> sources, String what) {
    ErrorDraft source = sources.putIfAbsent(code, error);
    if (source == null) {
      return true;
    }
    Located<?> first = what.equals("status") ? source.status().orElseThrow() : source.exception().orElseThrow();
    if (!first.value().equals(value.value())) {
      diagnostics.report(
          value.location(),
          "error code '" + code + "' has " + what + " " + quoted(value.value()) + " here but " + what + " "
              + quoted(first.value()) + " at " + source.location(),
          "give the code the same status and exception everywhere, or leave them out where the code is already declared");
    }
    return false;
  }

  private static String quoted(Object value) {
    return value instanceof String ? "'" + value + "'" : String.valueOf(value);
  }

  /** A code no declaration names an exception for gets a derived one, which must be unique too. */
  private void checkDerivedNames() {
    declared.forEach(
        (code, first) -> {
          if (exceptionSource.containsKey(code)) {
            return;
          }
          String name = ExceptionNames.derive(code, firstScope.getOrDefault(code, ""));
          ErrorDraft owner = byException.putIfAbsent(name, first);
          if (owner != null) {
            diagnostics.report(
                first.code().location(),
                "error code '" + code + "' gets the exception name '" + name + "' (derived from the code), which is"
                    + " already the exception of '" + owner.code().value() + "' at " + owner.location(),
                "name this code's exception yourself with 'exception: <UpperCamelCase name>'");
          }
        });
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
}
