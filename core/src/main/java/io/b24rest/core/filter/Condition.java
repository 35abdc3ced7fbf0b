package io.b24rest.core.filter;

import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A filter condition {@code [field, operator, value]}, or its short form {@code [field, value]}
 * (rest-v3.md: {@code ["id", [1,2]]} is {@code ["id", "in", [1,2]]}, {@code ["taskId", 51]} is
 * {@code ["taskId", "=", 51]}). Values are numbers, strings, booleans or dates ({@link
 * TemporalAccessor}s are written with their ISO {@code toString()}); {@code in} takes a non-empty
 * list and {@code between} exactly two values.
 *
 * @param field the field, for example {@code status}
 * @param operator the comparison
 * @param value a single value, or a list for {@code in} and {@code between}
 * @param shortForm written as {@code [field, value]}, the operator implied: {@code =} for a value,
 *     {@code in} for a list. Kept so that a filter read from JSON is written back as it came.
 */
public record Condition(String field, Operator operator, Object value, boolean shortForm)
    implements FilterElement {

  /** A condition written out in full, {@code [field, operator, value]}. */
  public Condition(String field, Operator operator, Object value) {
    this(field, operator, value, false);
  }

  public Condition {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(operator, "operator");
    if (field.isBlank()) {
      throw new IllegalArgumentException("a filter condition needs a field name");
    }
    value = normalize(field, operator, value);
    if (shortForm && operator != Operator.EQ && operator != Operator.IN) {
      throw new IllegalArgumentException(
          "filter on '" + field + "': only = and in have a short form, not " + operator.symbol());
    }
  }

  /**
   * The short form {@code [field, value]}: {@code field in value} when {@code value} is a list,
   * {@code field = value} otherwise.
   */
  public static Condition shortForm(String field, Object value) {
    Operator implied = value instanceof Collection<?> ? Operator.IN : Operator.EQ;
    return new Condition(field, implied, value, true);
  }

  /** {@code field = value}. */
  public static Condition eq(String field, Object value) {
    return new Condition(field, Operator.EQ, value);
  }

  /** {@code field != value}. */
  public static Condition ne(String field, Object value) {
    return new Condition(field, Operator.NE, value);
  }

  /** {@code field > value}. */
  public static Condition gt(String field, Object value) {
    return new Condition(field, Operator.GT, value);
  }

  /** {@code field >= value}. */
  public static Condition ge(String field, Object value) {
    return new Condition(field, Operator.GE, value);
  }

  /** {@code field < value}. */
  public static Condition lt(String field, Object value) {
    return new Condition(field, Operator.LT, value);
  }

  /** {@code field <= value}. */
  public static Condition le(String field, Object value) {
    return new Condition(field, Operator.LE, value);
  }

  /** {@code field in [values]}. */
  public static Condition in(String field, Object... values) {
    return new Condition(field, Operator.IN, Arrays.asList(values));
  }

  /** {@code field in [values]}. */
  public static Condition in(String field, Collection<?> values) {
    return new Condition(field, Operator.IN, values);
  }

  /** {@code field between [from, to]}, both ends included. */
  public static Condition between(String field, Object from, Object to) {
    return new Condition(field, Operator.BETWEEN, Arrays.asList(from, to));
  }

  @Override
  public Object toJson() {
    return shortForm ? List.of(field, value) : List.of(field, operator.symbol(), value);
  }

  private static Object normalize(String field, Operator operator, Object value) {
    if (operator == Operator.IN || operator == Operator.BETWEEN) {
      if (!(value instanceof Collection<?> values)) {
        throw new IllegalArgumentException(
            "filter '" + field + " " + operator.symbol() + "' needs a list of values");
      }
      if (values.isEmpty()) {
        throw new IllegalArgumentException("filter '" + field + " in' needs at least one value");
      }
      if (operator == Operator.BETWEEN && values.size() != 2) {
        throw new IllegalArgumentException(
            "filter '" + field + " between' needs exactly two values, got " + values.size());
      }
      return values.stream().map(v -> scalar(field, v)).toList();
    }
    return scalar(field, value);
  }

  private static Object scalar(String field, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("filter on '" + field + "' has a null value");
    }
    if (value instanceof Number || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
      return value.toString();
    }
    throw new IllegalArgumentException(
        "filter on '"
            + field
            + "' has a value of unsupported type "
            + value.getClass().getName()
            + "; use a number, string, boolean or date");
  }
}
