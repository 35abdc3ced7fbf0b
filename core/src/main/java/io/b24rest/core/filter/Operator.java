package io.b24rest.core.filter;

import java.util.Arrays;
import java.util.Optional;

/** The comparison operators of REST 3.0 filter conditions ({@code api-reference/rest-v3.md}). */
public enum Operator {
  /** Equals. */
  EQ("="),
  /** Not equals. */
  NE("!="),
  /** Greater than. */
  GT(">"),
  /** Greater than or equal to. */
  GE(">="),
  /** Less than. */
  LT("<"),
  /** Less than or equal to. */
  LE("<="),
  /** One of the values in a list. */
  IN("in"),
  /** In the inclusive range of two values. */
  BETWEEN("between");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in a filter, for example {@code >=}. */
  public String symbol() {
    return symbol;
  }

  /** The operator written as {@code symbol}, if REST 3.0 has one. */
  public static Optional<Operator> fromSymbol(String symbol) {
    return Arrays.stream(values()).filter(op -> op.symbol.equals(symbol)).findFirst();
  }
}
