package io.b24rest.spectools.draft;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes a string as a YAML scalar: plain where that is safe, a block or JSON-quoted otherwise. */
final class YamlText {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 ,.()/_+-]*");
  private static final Set<String> RESERVED =
      Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~");

  private YamlText() {}

  /** The value for {@code key: value} on one line. */
  static String scalar(String text) {
    if (PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase()) && !text.endsWith(" ")) {
      return text;
    }
    return quoted(text);
  }

  /** A double-quoted scalar (JSON string syntax is valid YAML). */
  static String quoted(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }

  /** {@code key: value} where value may span lines, at {@code indent} spaces. */
  static String entry(String indent, String key, String text) {
    if (text.contains("\n")) {
      StringBuilder block = new StringBuilder(indent).append(key).append(": |-\n");
      for (String line : text.strip().split("\n", -1)) {
        block.append(line.isBlank() ? "" : indent + "  " + line.stripTrailing()).append('\n');
      }
      return block.toString();
    }
    return indent + key + ": " + scalar(text) + "\n";
  }
}
