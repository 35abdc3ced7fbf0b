package io.b24rest.runtime.internal.logging;

import java.util.List;

/**
 * Masks the string values of the JSON members that hold secrets ({@code "auth": "..."} and the
 * like) in one left-to-right pass. A hand-written scan rather than a regular expression: Java's
 * regex engine recurses once per character of a repeated alternation, so a long value overflowed
 * the stack.
 */
final class JsonSecretFields {
  private static final List<String> NAMES =
      List.of("auth", "access_token", "refresh_token", "client_secret", "AUTH_ID", "REFRESH_ID");

  private JsonSecretFields() {}

  /**
   * {@code text} with the value of every secret member replaced by {@code mask}; a value cut off
   * by the end of the text is masked up to the end.
   */
  static String mask(String text, String mask) {
    StringBuilder out = null;
    int copied = 0;
    int at = text.indexOf('"');
    while (at >= 0 && at < text.length()) {
      int valueStart = valueStartAfterName(text, at);
      if (valueStart < 0) {
        at = text.indexOf('"', at + 1);
        continue;
      }
      int valueEnd = closingQuote(text, valueStart);
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, valueStart).append(mask).append('"');
      copied = Math.min(text.length(), valueEnd + 1);
      at = copied < text.length() ? text.indexOf('"', copied) : -1;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * Where the string value starts if a secret member's name starts at {@code quote} ({@code
   * "name" : "}), else -1.
   */
  private static int valueStartAfterName(String text, int quote) {
    for (String name : NAMES) {
      int end = quote + 1 + name.length();
      if (end < text.length()
          && text.startsWith(name, quote + 1)
          && text.charAt(end) == '"') {
        int i = skipSpace(text, end + 1);
        if (i < text.length() && text.charAt(i) == ':') {
          i = skipSpace(text, i + 1);
          if (i < text.length() && text.charAt(i) == '"') {
            return i + 1;
          }
        }
      }
    }
    return -1;
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The index of the quote that closes the string starting at {@code from}, or the text's end. */
  private static int closingQuote(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i;
      } else {
        i++;
      }
    }
    return text.length();
  }
}
