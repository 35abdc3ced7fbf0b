package io.b24rest.spec.validation;

import io.b24rest.spec.reader.Located;
import io.b24rest.spec.reader.MethodDraft;
import io.b24rest.spec.reader.SpecDrafts;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** Checks the Java names a spec chooses itself under {@code java:}. */
final class JavaNameValidator {
  private static final Pattern LOWER_CAMEL_CASE = Pattern.compile("[a-z][A-Za-z0-9]*");

  private JavaNameValidator() {}

  static void check(SpecDrafts drafts, Diagnostics diagnostics) {
    for (MethodDraft method : drafts.methods()) {
      method.java().method().ifPresent(name -> checkMethod(name, diagnostics));
      method.java().api().ifPresent(name -> checkApi(name, diagnostics));
    }
  }

  private static void checkMethod(Located<String> name, Diagnostics diagnostics) {
    String text = name.value();
    if (!LOWER_CAMEL_CASE.matcher(text).matches() || SourceVersion.isKeyword(text)) {
      diagnostics.report(
          name.location(),
          "java method name '" + text + "' is not a lowerCamelCase Java name",
          "write it as a Java user reads it, for example 'createCalendarEvent'"
              + (SourceVersion.isKeyword(text) ? " (a Java keyword cannot be a method name)" : ""));
    }
  }

  private static void checkApi(Located<String> name, Diagnostics diagnostics) {
    String text = name.value();
    if (!NamingRules.isUpperCamelCase(text)) {
      diagnostics.report(
          name.location(),
          "java api name '" + text + "' is not an UpperCamelCase Java name",
          "write it as '" + NamingRules.toUpperCamelCase(text) + "'");
    } else if (!text.endsWith("Api")) {
      diagnostics.report(
          name.location(),
          "java api name '" + text + "' does not end with 'Api'",
          "write '" + text + "Api', so that every interface reads alike (MessageApi)");
    } else if (NamingRules.javaTypeClash(text).isPresent() || text.toLowerCase(Locale.ROOT).equals("api")) {
      diagnostics.report(name.location(), "java api name '" + text + "' is too generic", "name the entity: 'MessageApi'");
    }
  }
}
