package io.b24rest.spec.reader;

import io.b24rest.spec.model.ScalarType;
import java.util.Optional;

/**
 * Parses type expressions: a word, or {@code array<T>} / {@code map<T>} around an expression.
 * Spaces around words and angle brackets are allowed.
 */
public final class TypeExpressionParser {
  /** Deeper than any real type, shallow enough to keep the parser's recursion small. */
  static final int MAX_DEPTH = 8;

  /**
   * Why an expression does not parse.
   *
   * @param detail what is wrong, for example {@code 'array' needs an element type}
   */
  public record Malformed(String detail) {}

  /**
   * The result: an expression, or why there is none.
   *
   * @param expression present when the text parses
   * @param malformed present when it does not
   */
  public record Result(Optional<TypeExpression> expression, Optional<Malformed> malformed) {}

  private final String text;
  private int position;

  private TypeExpressionParser(String text) {
    this.text = text;
  }

  /** Parses {@code text}. */
  public static Result parse(String text) {
    TypeExpressionParser parser = new TypeExpressionParser(text);
    try {
      TypeExpression expression = parser.type(0);
      parser.skipSpaces();
      if (parser.position < text.length()) {
        throw new MalformedException("unexpected '" + text.substring(parser.position) + "' after the type");
      }
      return new Result(Optional.of(expression), Optional.empty());
    } catch (MalformedException e) {
      return new Result(Optional.empty(), Optional.of(new Malformed(e.getMessage())));
    }
  }

  private TypeExpression type(int depth) {
    if (depth > MAX_DEPTH) {
      throw new MalformedException("types are nested more than " + MAX_DEPTH + " levels deep");
    }
    skipSpaces();
    String word = word();
    skipSpaces();
    boolean parameterized = position < text.length() && text.charAt(position) == '<';
    if (word.equals("array") || word.equals("map")) {
      if (!parameterized) {
        throw new MalformedException("'" + word + "' needs an element type in angle brackets");
      }
      position++;
      skipSpaces();
      if (position >= text.length()) {
        throw new MalformedException("'" + word + "<' is not closed with '>'");
      }
      if (text.charAt(position) == '>') {
        throw new MalformedException("'" + word + "<>' has no element type");
      }
      TypeExpression inner = type(depth + 1);
      skipSpaces();
      if (position >= text.length() || text.charAt(position) != '>') {
        throw new MalformedException("'" + word + "<' is not closed with '>'");
      }
      position++;
      return word.equals("array") ? new TypeExpression.ArrayOf(inner) : new TypeExpression.MapOf(inner);
    }
    if (parameterized) {
      throw new MalformedException("'" + word + "' takes no element type; only array and map do");
    }
    return simple(word);
  }

  private static TypeExpression simple(String word) {
    for (ScalarType scalar : ScalarType.values()) {
      if (scalar.specName().equals(word)) {
        return new TypeExpression.Scalar(scalar);
      }
    }
    return switch (word) {
      case "enum" -> new TypeExpression.InlineEnum();
      case "object" -> new TypeExpression.InlineObject();
      default -> new TypeExpression.Name(word);
    };
  }

  private String word() {
    int start = position;
    while (position < text.length() && isWordChar(text.charAt(position))) {
      position++;
    }
    if (start == position) {
      throw new MalformedException(
          position < text.length()
              ? "unexpected '" + text.charAt(position) + "' where a type name should be"
              : "a type name is missing at the end");
    }
    return text.substring(start, position);
  }

  private static boolean isWordChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }

  private void skipSpaces() {
    while (position < text.length() && text.charAt(position) == ' ') {
      position++;
    }
  }

  private static final class MalformedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedException(String detail) {
      super(detail, null, false, false);
    }
  }
}
