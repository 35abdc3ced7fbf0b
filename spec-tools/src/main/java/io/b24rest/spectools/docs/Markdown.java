package io.b24rest.spectools.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Inline Markdown of a table cell or paragraph: names, code spans, links, value lists. */
final class Markdown {
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*(\\*)?");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)]*)\\)");
  private static final Pattern VALUE_LINE =
      Pattern.compile("^(?:[-*]\\s*)?`([^`]+)`\\s*(?:[—–]|-|:)\\s*(.*)$");
  private static final Pattern ATTRIBUTES = Pattern.compile("\\{\\.[^}]*\\}");

  private Markdown() {}

  /** The bold text of a name cell ({@code **id***} is {@code id}), if any. */
  static Optional<String> boldName(String cell) {
    Matcher bold = BOLD.matcher(cell);
    return bold.find() ? Optional.of(bold.group(1).strip()) : Optional.empty();
  }

  /** Whether the bold name is followed by the docs' required mark ({@code **id***}). */
  static boolean requiredMark(String cell) {
    Matcher bold = BOLD.matcher(cell);
    return bold.find() && bold.group(2) != null;
  }

  /** The first code span after the bold name: the docs' type ({@code [`integer`](...)}). */
  static Optional<String> typeOf(String cell) {
    Matcher bold = BOLD.matcher(cell);
    String rest = bold.find() ? cell.substring(bold.end()) : cell;
    Matcher code = CODE.matcher(rest);
    return code.find() ? Optional.of(code.group(1).strip()) : Optional.empty();
  }

  /** The in-page anchor a type links to ({@code [`object`](#pagination)}), if any. */
  static Optional<String> anchorOf(String cell) {
    Matcher link = LINK.matcher(cell);
    while (link.find()) {
      String target = link.group(2);
      int hash = target.indexOf('#');
      if (hash >= 0 && (hash == 0 || !target.contains("data-types"))) {
        return Optional.of(target.substring(hash + 1));
      }
    }
    return Optional.empty();
  }

  /** Every code span of the text, in order. */
  static List<String> codeSpans(String text) {
    List<String> spans = new ArrayList<>();
    Matcher code = CODE.matcher(text);
    while (code.find()) {
      spans.add(code.group(1).strip());
    }
    return spans;
  }

  /** The text with links reduced to their words and YFM attributes removed. */
  static String plain(String text) {
    String plain = LINK.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
    plain = ATTRIBUTES.matcher(plain).replaceAll("");
    plain = plain.replace("**", "");
    return plain.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("").strip();
  }

  /** The description part of a cell: its text before the first list of values. */
  static String description(String cell) {
    List<String> kept = new ArrayList<>();
    for (String line : plain(cell).split("\n")) {
      if (VALUE_LINE.matcher(line.strip()).matches() || isValuesLead(line)) {
        break;
      }
      kept.add(line.strip());
    }
    return String.join(" ", kept).replaceAll("\\s+", " ").strip();
  }

  private static boolean isValuesLead(String line) {
    String lower = line.toLowerCase();
    return lower.startsWith("possible values") || lower.startsWith("available fields")
        || lower.startsWith("allowed values");
  }

  /** The {@code `value` — meaning} lines of a cell. */
  static List<String[]> valueLines(String cell) {
    List<String[]> values = new ArrayList<>();
    for (String line : plain(cell).split("\n")) {
      Matcher value = VALUE_LINE.matcher(line.strip());
      if (value.matches()) {
        values.add(new String[] {value.group(1).strip(), value.group(2).strip().replaceAll("[;,.]$", "")});
      }
    }
    return values;
  }
}
