package io.b24rest.core.filter;

/** One element of a filter: a condition or a {@code logic: or} group of elements. */
public sealed interface FilterElement permits Condition, AnyOf {

  /** The element as REST 3.0 writes it: an array for a condition, an object for a group. */
  Object toJson();
}
