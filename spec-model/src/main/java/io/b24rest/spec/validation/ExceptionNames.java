package io.b24rest.spec.validation;

import java.util.Locale;

/**
 * The exception base name of an error code whose spec gives none: the code's words in
 * UpperCamelCase, without the REST 3.0 prefix and a trailing {@code Exception}, prefixed with the
 * scope unless it already starts with it. {@code NOTE_NOT_FOUND} of scope {@code note} is
 * {@code NoteNotFound}; {@code access_denied} of scope {@code mail} is {@code MailAccessDenied}.
 * The prefix keeps the names of codes that only one scope documents apart from every other scope's.
 */
public final class ExceptionNames {
  private static final String REST_V3_PREFIX = "BITRIX_REST_V3_EXCEPTION_";

  private ExceptionNames() {}

  /** The base name; {@code Exception} is appended by the writer. */
  public static String derive(String code, String scope) {
    String rest = code.startsWith(REST_V3_PREFIX) ? code.substring(REST_V3_PREFIX.length()) : code;
    String name = words(rest);
    if (name.toLowerCase(Locale.ROOT).endsWith("exception") && name.length() > "Exception".length()) {
      name = name.substring(0, name.length() - "Exception".length());
    }
    String prefix = words(scope);
    if (!name.startsWith(prefix)) {
      name = prefix + name;
    }
    return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "Error" + name : name;
  }

  private static String words(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : text.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        String lower = word.toLowerCase(Locale.ROOT);
        out.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
      }
    }
    return out.toString();
  }
}
