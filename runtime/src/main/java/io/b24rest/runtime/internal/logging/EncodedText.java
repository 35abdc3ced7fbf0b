package io.b24rest.runtime.internal.logging;

/**
 * A text with its JSON escapes ({@code \u0061}, {@code \/}) and URL escapes ({@code %61}) decoded,
 * and for every decoded character the span of the original it came from, so that a secret found in
 * the decoded form can be masked in the original however it was spelled.
 */
final class EncodedText {
  final String original;
  final String decoded;

  /** {@code starts[i]} and {@code ends[i]}: where decoded character i came from. */
  private final int[] starts;

  private final int[] ends;

  private EncodedText(String original, String decoded, int[] starts, int[] ends) {
    this.original = original;
    this.decoded = decoded;
    this.starts = starts;
    this.ends = ends;
  }

  /** Whether {@code text} holds anything that decoding would change. */
  static boolean hasEscapes(String text) {
    return text.indexOf('\\') >= 0 || text.indexOf('%') >= 0;
  }

  static EncodedText of(String text) {
    StringBuilder decoded = new StringBuilder(text.length());
    int[] starts = new int[text.length()];
    int[] ends = new int[text.length()];
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int width = 1;
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u' && hex(text, i + 2, 4)) {
        c = (char) Integer.parseInt(text, i + 2, i + 6, 16);
        width = 6;
      } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        c = '/';
        width = 2;
      } else if (c == '%' && hex(text, i + 1, 2)) {
        c = (char) Integer.parseInt(text, i + 1, i + 3, 16);
        width = 3;
      }
      starts[decoded.length()] = i;
      ends[decoded.length()] = i + width;
      decoded.append(c);
      i += width;
    }
    return new EncodedText(text, decoded.toString(), starts, ends);
  }

  /** Where in the original the decoded characters {@code [from, to)} start. */
  int originalStart(int from) {
    return from < decoded.length() ? starts[from] : original.length();
  }

  /** Where in the original the decoded characters before {@code to} end. */
  int originalEnd(int to) {
    return to == 0 ? 0 : ends[to - 1];
  }

  private static boolean hex(String text, int from, int count) {
    if (from + count > text.length()) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
