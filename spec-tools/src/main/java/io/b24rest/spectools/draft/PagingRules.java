package io.b24rest.spectools.draft;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a draft its {@code paging} block when a param named {@code pagination} carries the page:
 * cursor style where an {@code afterCursor} key or a {@code nextCursor} field shows, page style
 * otherwise; the shared {@code Pagination} / {@code CursorPagination} type for the param; the
 * limits the docs state in words.
 */
public final class PagingRules {
  private static final Pattern MAX = Pattern.compile(
      "(?i)(?:maximum|max\\.?|up to|at most|not more than|from `?\\d+`? to)(?: value)?(?: is| of)?\\s*`?(\\d+)");
  private static final Pattern DEFAULT_LIMIT = Pattern.compile("(?i)default(?: value)?(?: is|:)?\\s*`?(\\d+)");

  private PagingRules() {}

  public static void apply(DraftMethod draft) {
    Optional<DraftField> pagination = draft.params.stream().filter(p -> p.name.equals("pagination")).findFirst();
    if (pagination.isEmpty()) {
      return;
    }
    DraftField param = pagination.get();
    boolean cursor = param.fields.stream().anyMatch(f -> f.name.equals("afterCursor"))
        || draft.resultFields.stream().anyMatch(f -> f.name.equals("nextCursor"));
    StringBuilder text = new StringBuilder(param.docsText);
    param.fields.forEach(field -> text.append(' ').append(field.docsText));
    Matcher max = MAX.matcher(text);
    Matcher defaultLimit = DEFAULT_LIMIT.matcher(text);
    Optional<Integer> maxLimit = max.find() ? Optional.of(Integer.parseInt(max.group(1))) : Optional.empty();
    Optional<Integer> defaultValue =
        defaultLimit.find() ? Optional.of(Integer.parseInt(defaultLimit.group(1))) : Optional.empty();
    draft.paging = Optional.of(
        new DraftPaging(cursor ? "cursor" : "page", "pagination", "items", maxLimit, defaultValue));
    param.type = cursor ? "CursorPagination" : "Pagination";
    param.fields.clear();
    param.todos.clear();
    if (draft.resultFields.stream().noneMatch(f -> f.name.equals("items"))) {
      param.todos.add("the result has no `items` field for paging to walk");
    }
  }
}
