package io.b24rest.spec.model;

import java.util.Optional;

/**
 * A date or date-time wire format as the docs write it, in PHP {@code date()} letters
 * ({@code Y-m-d H:i:s}, {@code d.m.Y}), and its {@link java.time.format.DateTimeFormatter}
 * pattern. Only the letters that fix a value exactly are supported; a backslash quotes the next
 * character, and any other non-letter stands for itself.
 *
 * <table>
 *   <caption>Supported letters</caption>
 *   <tr><th>PHP</th><th>meaning</th><th>Java</th></tr>
 *   <tr><td>Y</td><td>year, 4 digits</td><td>uuuu</td></tr>
 *   <tr><td>m / n</td><td>month, 2 digits / without leading zero</td><td>MM / M</td></tr>
 *   <tr><td>d / j</td><td>day, 2 digits / without leading zero</td><td>dd / d</td></tr>
 *   <tr><td>H / G</td><td>hour 0-23, 2 digits / without leading zero</td><td>HH / H</td></tr>
 *   <tr><td>i</td><td>minutes</td><td>mm</td></tr>
 *   <tr><td>s</td><td>seconds</td><td>ss</td></tr>
 *   <tr><td>P / O</td><td>offset +02:00 / +0200</td><td>xxx / xx</td></tr>
 * </table>
 */
public final class WireFormat {
  /** The PHP letters supported, for messages. */
  public static final String SUPPORTED = "Y, m, n, d, j, H, G, i, s, P, O";

  private final String php;
  private final String pattern;
  private final boolean time;
  private final boolean offset;

  private WireFormat(String php, String pattern, boolean time, boolean offset) {
    this.php = php;
    this.pattern = pattern;
    this.time = time;
    this.offset = offset;
  }

  /** The format, or empty when it holds a letter this client does not support. */
  public static Optional<WireFormat> parse(String php) {
    return unsupportedLetter(php).isPresent() ? Optional.empty() : Optional.of(convert(php));
  }

  /** The first letter of {@code php} that is not supported, if any. */
  public static Optional<Character> unsupportedLetter(String php) {
    for (int i = 0; i < php.length(); i++) {
      char c = php.charAt(i);
      if (c == '\\') {
        i++;
      } else if (Character.isLetter(c) && "YmndjHGisPO".indexOf(c) < 0) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static WireFormat convert(String php) {
    StringBuilder out = new StringBuilder();
    boolean time = false;
    boolean offset = false;
    for (int i = 0; i < php.length(); i++) {
      char c = php.charAt(i);
      String part =
          switch (c) {
            case 'Y' -> "uuuu";
            case 'm' -> "MM";
            case 'n' -> "M";
            case 'd' -> "dd";
            case 'j' -> "d";
            case 'H' -> "HH";
            case 'G' -> "H";
            case 'i' -> "mm";
            case 's' -> "ss";
            case 'P' -> "xxx";
            case 'O' -> "xx";
            case '\\' -> i + 1 < php.length() ? quote(php.charAt(++i)) : "";
            default -> Character.isLetter(c) || c == '\'' || c == '[' || c == ']' || c == '{' || c == '}' || c == '#'
                ? quote(c)
                : String.valueOf(c);
          };
      time |= "HGis".indexOf(c) >= 0;
      offset |= c == 'P' || c == 'O';
      out.append(part);
    }
    return new WireFormat(php, out.toString(), time, offset);
  }

  private static String quote(char c) {
    return c == '\'' ? "''" : "'" + c + "'";
  }

  /** The format as the docs write it. */
  public String php() {
    return php;
  }

  /** The {@link java.time.format.DateTimeFormatter} pattern, for example {@code uuuu-MM-dd HH:mm:ss}. */
  public String javaPattern() {
    return pattern;
  }

  /** Whether the format holds a time of day. */
  public boolean hasTime() {
    return time;
  }

  /** Whether the format holds a UTC offset. */
  public boolean hasOffset() {
    return offset;
  }
}
