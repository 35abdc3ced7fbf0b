package io.b24rest.processor.writer;

import java.util.regex.Pattern;

/**
 * Makes spec text safe inside a generated Javadoc comment. Spec text is prose from the docs: it
 * may hold {@code <}, {@code &}, {@code @}, backslashes (which javac would read as unicode
 * escapes) or even a comment terminator, all of which must come out as plain text.
 * Markdown-style {@code `code`} spans become {@code <code>} elements, and blank lines start a new
 * paragraph.
 */
public final class JavadocText {
  // Compiled once: String.split and replaceAll with these would compile them on every call.
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;,:\\s]+$");

  private JavadocText() {}

  /** The text, escaped, with code spans and paragraphs turned into HTML. */
  public static String of(String text) {
    String trimmed = text.strip();
    StringBuilder out = new StringBuilder();
    // Most spec text is one line, which PARAGRAPH_BREAK cannot split.
    boolean oneLine = trimmed.indexOf('\n') < 0;
    String[] paragraphs = oneLine ? new String[] {trimmed} : PARAGRAPH_BREAK.split(trimmed);
    for (int i = 0; i < paragraphs.length; i++) {
      if (i > 0) {
        out.append("\n\n<p>");
      }
      out.append(codeSpans(paragraphs[i].strip()));
    }
    return out.toString();
  }

  /** The text on one line (for {@code @param} and {@code @throws}), escaped. */
  public static String inline(String text) {
    String stripped = text.strip();
    // LINE_BREAK needs a line break: one-line text skips it.
    return of(stripped.indexOf('\n') < 0 ? stripped : LINE_BREAK.matcher(stripped).replaceAll(" "));
  }

  /**
   * The text on one line, escaped, without its closing punctuation: to be followed by more words
   * ("Access denied." and ". Fix: ..." must not make "Access denied.. Fix").
   */
  public static String clause(String text) {
    return TRAILING_PUNCTUATION.matcher(inline(text)).replaceAll("");
  }

  /** The text on one line, escaped, ending with exactly one full stop (or its own ? or !). */
  public static String sentence(String text) {
    String clause = clause(text);
    if (clause.isEmpty()) {
      return "";
    }
    return clause.endsWith("?") || clause.endsWith("!") ? clause : clause + ".";
  }

  /** The text with its first letter upper case ("chat." reads "Chat."). */
  public static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * The text with its first letter lower case, to follow other words ("Returns a list" reads
   * "returns a list"); a word in capitals ("ID", "URL") stays as it is.
   */
  public static String decapitalized(String text) {
    if (text.length() < 2 || !Character.isUpperCase(text.charAt(0))
        || Character.isUpperCase(text.charAt(1))) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** A value for a double-quoted HTML attribute, such as a link. */
  public static String attribute(String text) {
    return escape(text).replace("\"", "&quot;");
  }

  private static String codeSpans(String text) {
    StringBuilder out = new StringBuilder();
    int start = 0;
    while (true) {
      int open = text.indexOf('`', start);
      int close = open < 0 ? -1 : text.indexOf('`', open + 1);
      if (close < 0) {
        out.append(escape(text.substring(start)));
        return out.toString();
      }
      out.append(escape(text.substring(start, open)))
          .append("<code>")
          .append(escape(text.substring(open + 1, close)))
          .append("</code>");
      start = close + 1;
    }
  }

  /** Escapes HTML and Javadoc specials, one character at a time. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        // "*/" would end the comment.
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
