package io.b24rest.spectools.yfm;

import java.util.ArrayList;
import java.util.List;

/** Splits the body of a YFM table into rows ({@code || ... ||}) and cells ({@code |}). */
final class TableCells {
  private TableCells() {}

  static List<List<String>> rows(String body) {
    List<List<String>> rows = new ArrayList<>();
    for (String row : splitOutsideCode(body, "||")) {
      if (!row.isBlank()) {
        rows.add(splitOutsideCode(row, "|").stream().map(String::strip).toList());
      }
    }
    return rows;
  }

  /** Splits at {@code separator} except inside backticks, where {@code |} is text. */
  private static List<String> splitOutsideCode(String text, String separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    boolean inCode = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '`') {
        inCode = !inCode;
      }
      if (!inCode && text.startsWith(separator, i)
          && !(separator.equals("|") && text.startsWith("||", i))) {
        parts.add(part.toString());
        part.setLength(0);
        i += separator.length() - 1;
        continue;
      }
      // A line break ends any inline code span the Markdown left open.
      if (c == '\n') {
        inCode = false;
      }
      part.append(c);
    }
    parts.add(part.toString());
    return parts;
  }
}
