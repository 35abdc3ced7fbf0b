package io.b24rest.spectools.docs;

import io.b24rest.spectools.draft.DraftField;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The param an error row's field names: a param itself, or a key inside one, written as a path
 * ({@code fields.title}, {@code pagination.limit}).
 */
final class ErrorFieldPaths {
  /** The keys of the shared paging object, known even when the draft types it by name. */
  private static final Set<String> PAGING_KEYS = Set.of("page", "limit", "offset", "afterCursor");

  private ErrorFieldPaths() {}

  static Optional<String> path(String field, List<DraftField> params) {
    String root = field.split("[.\\[]")[0];
    if (params.stream().anyMatch(param -> param.name.equals(root))) {
      return Optional.of(field);
    }
    for (DraftField param : params) {
      Optional<String> inside = find(field, param, param.name, 0);
      if (inside.isPresent()) {
        return inside;
      }
      if (param.name.equals("pagination") && PAGING_KEYS.contains(field)) {
        return Optional.of("pagination." + field);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> find(String field, DraftField in, String prefix, int depth) {
    for (DraftField nested : in.fields) {
      if (nested.name.equals(field)) {
        return Optional.of(prefix + "." + field);
      }
      if (depth < 2) {
        Optional<String> deeper = find(field, nested, prefix + "." + nested.name, depth + 1);
        if (deeper.isPresent()) {
          return deeper;
        }
      }
    }
    return Optional.empty();
  }
}
