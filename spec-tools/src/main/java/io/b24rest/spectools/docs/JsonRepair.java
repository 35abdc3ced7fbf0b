package io.b24rest.spectools.docs;

/**
 * Makes a docs example into JSON with the least change: {@code //} and {@code /* * /} comments
 * and trailing commas removed, strings left as they are. Says whether anything changed.
 */
final class JsonRepair {
  private JsonRepair() {}

  record Repaired(String json, boolean changed) {}

  static Repaired repair(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inString = false;
    boolean changed = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\' && i + 1 < text.length()) {
          char escaped = text.charAt(++i);
          if ("\"\\/bfnrtu".indexOf(escaped) < 0) {
            out.append("\\\\");
            changed = true;
          } else {
            out.append(c);
          }
          out.append(escaped);
        } else if (c < 0x20) {
          // A raw line break or tab inside a string, as some pages print them.
          out.append(String.format("\\u%04x", (int) c));
          changed = true;
        } else {
          out.append(c);
          inString = c != '"';
        }
        continue;
      }
      if (c == '"') {
        inString = true;
        out.append(c);
      } else if (c == '/' && next(text, i) == '/') {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
        out.append('\n');
        changed = true;
      } else if (c == '/' && next(text, i) == '*') {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? text.length() : end + 1;
        changed = true;
      } else {
        out.append(c);
      }
    }
    String withoutCommas = out.toString().replaceAll(",(\\s*[}\\]])", "$1");
    changed |= !withoutCommas.contentEquals(out);
    return new Repaired(withoutCommas, changed);
  }

  private static char next(String text, int i) {
    return i + 1 < text.length() ? text.charAt(i + 1) : 0;
  }
}
