package io.b24rest.spec.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.b24rest.spec.model.ScalarType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypeExpressionParserTest {

  @Test
  void parsesNestedArraysAndMapsWithSpaces() {
    assertEquals(
        Optional.of(new TypeExpression.ArrayOf(new TypeExpression.MapOf(new TypeExpression.Name("Communication")))),
        TypeExpressionParser.parse("array< map<Communication> >").expression());
    assertEquals(
        Optional.of(new TypeExpression.Scalar(ScalarType.DATETIME)), TypeExpressionParser.parse("datetime").expression());
    assertEquals(Optional.of(new TypeExpression.InlineEnum()), TypeExpressionParser.parse("array<enum>").expression().map(TypeExpression::innermost));
  }

  @Test
  void explainsMalformedExpressions() {
    assertEquals("'array<' is not closed with '>'", detail("array<"));
    assertEquals("'array<>' has no element type", detail("array<>"));
    assertEquals("'map' needs an element type in angle brackets", detail("map"));
    assertEquals("'string' takes no element type; only array and map do", detail("string<integer>"));
    assertEquals("unexpected '>' after the type", detail("array<string>>"));
    assertEquals("unexpected '#' where a type name should be", detail("#"));
    assertEquals("a type name is missing at the end", detail(""));
    assertEquals("types are nested more than 8 levels deep", detail("array<".repeat(9) + "string" + ">".repeat(9)));
  }

  private static String detail(String text) {
    return TypeExpressionParser.parse(text).malformed().orElseThrow().detail();
  }
}
