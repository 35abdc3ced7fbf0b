package io.b24rest.spec.reader;

import java.util.Optional;

/**
 * The {@code java} block of a method file: Java names chosen by the spec.
 *
 * @param method the Java method name, for example {@code createCalendarEvent}
 * @param api the interface name, for example {@code MessageApi}
 */
public record JavaDraft(Optional<Located<String>> method, Optional<Located<String>> api) {
  /** No {@code java} block. */
  static final JavaDraft NONE = new JavaDraft(Optional.empty(), Optional.empty());
}
