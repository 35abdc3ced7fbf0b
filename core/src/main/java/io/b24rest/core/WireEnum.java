package io.b24rest.core;

/**
 * A value of a generated open enum: one of the values the spec lists, or a value this client does
 * not know yet (sent by a newer portal), which keeps its wire text and is written back unchanged.
 *
 * <p>Each generated enum also has a static {@code knownValues()}: the values its spec lists.
 *
 * @param <V> the wire type: {@code String}, or {@code Long} for an enum of numbers
 */
public interface WireEnum<V> {
  /**
   * The value as it is on the wire.
   *
   * @return the wire value, never null
   */
  V value();

  /**
   * Whether the spec lists this value.
   *
   * @return false for a value this client does not know
   */
  boolean isKnown();
}
