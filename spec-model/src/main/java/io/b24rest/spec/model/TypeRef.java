package io.b24rest.spec.model;

import java.util.List;

/**
 * The type of a param or field, as written in a spec: {@code integer}, {@code array<Communication>},
 * {@code map<string>}, an inline {@code enum} with values, an inline {@code object} with fields, or
 * the name of a type declared under {@code types}.
 */
public sealed interface TypeRef {

  /** A scalar from the docs' vocabulary. */
  record Scalar(ScalarType type) implements TypeRef {}

  /** {@code array<T>}. */
  record ArrayOf(TypeRef element) implements TypeRef {}

  /** {@code map<T>}: a JSON object with arbitrary keys and values of one type. */
  record MapOf(TypeRef value) implements TypeRef {}

  /**
   * A reference to a named type declared under {@code types} of some spec of the same scope, or
   * in {@code common.types.yaml} ({@link SpecModel#type} resolves it).
   */
  record Named(String name) implements TypeRef {}

  /**
   * {@code enum} with its allowed values, declared in place.
   *
   * @param values the values, in spec order
   * @param numeric whether the wire values are numbers ({@code - value: 1}) rather than text
   */
  record InlineEnum(List<EnumValue> values, boolean numeric) implements TypeRef {
    public InlineEnum {
      values = List.copyOf(values);
    }

    /** An enum whose wire values are text. */
    public InlineEnum(List<EnumValue> values) {
      this(values, false);
    }
  }

  /** {@code object} with its fields, declared in place. */
  record InlineObject(List<FieldModel> fields) implements TypeRef {
    public InlineObject {
      fields = List.copyOf(fields);
    }
  }
}
