package io.b24rest.core.filter;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.ArrayList;
import java.util.List;

/**
 * A REST 3.0 filter: elements combined with AND, each a {@link Condition} or an {@link AnyOf}
 * group. Immutable; serializes to the JSON array the {@code filter} param takes.
 *
 * <pre>{@code
 * Filter filter = Filter.allOf(
 *     Condition.eq("status", "NEW"),
 *     Filter.anyOf(Condition.in("id", 1, 2), Condition.between("id", 3, 5)));
 * // [["status","=","NEW"],{"logic":"or","conditions":[["id","in",[1,2]],["id","between",[3,5]]]}]
 * }</pre>
 *
 * <p>Jackson reads it back from the same array (conditions in full or short form, {@code "logic":
 * "or"} groups), so a {@code filter} param can come from JSON too; what was read is written back
 * unchanged.
 */
@JsonDeserialize(using = FilterReader.class)
public final class Filter {
  private final List<FilterElement> elements;

  private Filter(List<FilterElement> elements) {
    this.elements = List.copyOf(elements);
  }

  /** A filter whose elements must all match. */
  public static Filter allOf(FilterElement... elements) {
    return new Filter(List.of(elements));
  }

  /** A filter whose elements must all match. */
  public static Filter allOf(List<? extends FilterElement> elements) {
    return new Filter(List.copyOf(elements));
  }

  /** A group that matches when any of {@code elements} matches. */
  public static AnyOf anyOf(FilterElement... elements) {
    return new AnyOf(List.of(elements));
  }

  /** This filter with one more element that must match too. */
  public Filter and(FilterElement element) {
    List<FilterElement> more = new ArrayList<>(elements);
    more.add(element);
    return new Filter(more);
  }

  /** The elements, in order. */
  public List<FilterElement> elements() {
    return elements;
  }

  /** The filter as REST 3.0 writes it. */
  @JsonValue
  public List<Object> toJson() {
    return elements.stream().map(FilterElement::toJson).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Filter that && elements.equals(that.elements);
  }

  @Override
  public int hashCode() {
    return elements.hashCode();
  }

  @Override
  public String toString() {
    return "Filter" + toJson();
  }
}
