package io.b24rest.spec.validation;

import java.util.regex.Pattern;

/** The naming conventions specs must follow where names become Java names. */
public final class NamingRules {
  private static final Pattern UPPER_CAMEL_CASE = Pattern.compile("[A-Z][A-Za-z0-9]*");

  private NamingRules() {}

  /** {@code Communication}, {@code FieldNotFound}: a capital first, then letters and digits only. */
  public static boolean isUpperCamelCase(String name) {
    return UPPER_CAMEL_CASE.matcher(name).matches();
  }

  /** A suggestion: the name with a capital first and no separators, for example {@code FieldNotFound}. */
  public static String toUpperCamelCase(String name) {
    StringBuilder out = new StringBuilder();
    boolean capitalizeNext = true;
    for (char c : name.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128) {
        out.append(capitalizeNext ? Character.toUpperCase(c) : c);
        capitalizeNext = false;
      } else {
        capitalizeNext = true;
      }
    }
    if (out.length() == 0 || !Character.isLetter(out.charAt(0))) {
      out.insert(0, 'T');
    }
    return out.toString();
  }
}
