package io.b24rest.core.filter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group {@code {"logic": "or", "conditions": [...]}}: matches when at least one of its elements
 * matches.
 *
 * @param elements the alternatives; at least one
 */
public record AnyOf(List<FilterElement> elements) implements FilterElement {

  public AnyOf {
    elements = List.copyOf(elements);
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("an 'or' group needs at least one condition");
    }
  }

  @Override
  public Object toJson() {
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("logic", "or");
    group.put("conditions", elements.stream().map(FilterElement::toJson).toList());
    return group;
  }
}
