package io.b24rest.maven;

import java.util.List;

/**
 * The spec files that changed between two builds, by resource path.
 *
 * @param added files that are new
 * @param edited files whose content differs
 * @param removed files that are gone
 */
record SpecChanges(List<String> added, List<String> edited, List<String> removed) {
  SpecChanges {
    added = List.copyOf(added);
    edited = List.copyOf(edited);
    removed = List.copyOf(removed);
  }

  /** Whether nothing changed. */
  boolean none() {
    return added.isEmpty() && edited.isEmpty() && removed.isEmpty();
  }

  /** For the build log: {@code 1 edited (bitrix24/spec/a.yaml), 1 removed (...)}. */
  String describe() {
    StringBuilder text = new StringBuilder();
    append(text, "added", added);
    append(text, "edited", edited);
    append(text, "removed", removed);
    return text.toString();
  }

  private static void append(StringBuilder text, String what, List<String> paths) {
    if (paths.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append(", ");
    }
    text.append(paths.size()).append(' ').append(what).append(" (").append(String.join(", ", paths));
    text.append(')');
  }
}
