package io.b24rest.spectools.draft;

import java.util.List;
import java.util.Optional;

/** One row of a page's error table: the code, the params at fault, what it means and the fix. */
public record DraftError(
    String code, List<String> fields, String description, String fix, Optional<Integer> status) {
  public DraftError {
    fields = List.copyOf(fields);
  }
}
