package io.b24rest.spec.model;

/** The scalar types of the docs' vocabulary ({@code api-reference/data-types.md}), plus filter. */
public enum ScalarType {
  INTEGER("integer"),
  STRING("string"),
  BOOLEAN("boolean"),
  DOUBLE("double"),
  DATE("date"),
  DATETIME("datetime"),
  TIMESTAMP("timestamp"),
  /** Binary content as a Base64 string on the wire; {@code byte[]} in Java. */
  BASE64("base64"),
  /** Any JSON value; kept as a tree. */
  ANY("any"),
  /** A REST 3.0 filter expression (conditions and {@code logic: or} groups). */
  FILTER("filter");

  private final String specName;

  ScalarType(String specName) {
    this.specName = specName;
  }

  /** The name used in spec files. */
  public String specName() {
    return specName;
  }
}
