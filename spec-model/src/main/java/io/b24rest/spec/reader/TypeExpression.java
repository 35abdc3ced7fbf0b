package io.b24rest.spec.reader;

import io.b24rest.spec.model.ScalarType;
import java.util.List;
import java.util.stream.Stream;

/** A parsed spec type expression such as {@code array<Communication>}, before names are resolved. */
public sealed interface TypeExpression {

  /** The words of the vocabulary, in the order messages list them. */
  List<String> VOCABULARY =
      List.of(
          "integer", "string", "boolean", "double", "date", "datetime", "timestamp", "base64", "any", "filter",
          "enum", "object", "array<T>", "map<T>");

  /** A scalar of the docs' vocabulary. */
  record Scalar(ScalarType type) implements TypeExpression {}

  /** {@code enum}: takes {@code values}. */
  record InlineEnum() implements TypeExpression {}

  /** {@code object}: takes {@code fields}. */
  record InlineObject() implements TypeExpression {}

  /** {@code array<T>}. */
  record ArrayOf(TypeExpression element) implements TypeExpression {}

  /** {@code map<T>}. */
  record MapOf(TypeExpression value) implements TypeExpression {}

  /** Any other word: the name of a type declared under {@code types}, if it is declared. */
  record Name(String name) implements TypeExpression {}

  /** The type inside all arrays and maps: what {@code values} and {@code fields} describe. */
  default TypeExpression innermost() {
    TypeExpression type = this;
    while (true) {
      if (type instanceof ArrayOf array) {
        type = array.element();
      } else if (type instanceof MapOf map) {
        type = map.value();
      } else {
        return type;
      }
    }
  }

  /** Every name the expression refers to. */
  default Stream<Name> names() {
    return innermost() instanceof Name name ? Stream.of(name) : Stream.empty();
  }
}
