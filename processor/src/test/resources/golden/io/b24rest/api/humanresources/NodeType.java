package io.b24rest.api.humanresources;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.b24rest.core.WireEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Type of a structure element.
 *
 * <p>Scope {@code humanresources}.
 *
 * <p>An open set: the constants are the values the docs list; {@link #of} keeps any other value as
 * it came, and it is written back unchanged.
 */
@Generated("io.b24rest.processor.SpecProcessor")
public final class NodeType implements WireEnum<String> {
  /**
   * Department.
   */
  public static final NodeType DEPARTMENT = new NodeType("DEPARTMENT");

  /**
   * Team.
   */
  public static final NodeType TEAM = new NodeType("TEAM");

  private static final List<NodeType> KNOWN_VALUES = List.of(DEPARTMENT, TEAM);

  private final String value;

  private NodeType(String value) {
    this.value = value;
  }

  /**
   * The value for a wire value: its constant, or a new value for one this client does not know.
   *
   * @param value the value on the wire
   * @return the value
   */
  @JsonCreator(
      mode = JsonCreator.Mode.DELEGATING
  )
  public static NodeType of(String value) {
    Objects.requireNonNull(value, "value");
    for (NodeType known : KNOWN_VALUES) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new NodeType(value);
  }

  /**
   * The values the docs list, in their order.
   *
   * @return the constants
   */
  public static List<NodeType> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * The value on the wire.
   *
   * @return the value, as it was read or given
   */
  @Override
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Whether the docs list this value.
   *
   * @return false for a value this client does not know
   */
  @Override
  public boolean isKnown() {
    return KNOWN_VALUES.contains(this);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NodeType that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The wire value.
   *
   * @return the wire value as text
   */
  @Override
  public String toString() {
    return value;
  }
}
