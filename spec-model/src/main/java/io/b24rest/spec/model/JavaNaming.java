package io.b24rest.spec.model;

import java.util.Optional;

/**
 * The Java names a spec chooses itself ({@code java:}), instead of the writer's rule.
 *
 * @param method the Java method, for example {@code createCalendarEvent}
 * @param api the interface, for example {@code MessageApi}
 */
public record JavaNaming(Optional<String> method, Optional<String> api) {
  /** No override. */
  public static final JavaNaming NONE = new JavaNaming(Optional.empty(), Optional.empty());
}
