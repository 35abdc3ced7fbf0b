package io.b24rest.spectools.draft;

import java.util.ArrayList;
import java.util.List;
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

  /** The page size REST 3.0 assumes where a page states none. */
  private static final int REST_DEFAULT_LIMIT = 50;

  private PagingRules() {}

  public static void apply(DraftMethod draft) {
    Optional<DraftField> pagination = draft.params.stream().filter(p -> p.name.equals("pagination")).findFirst();
    if (pagination.isEmpty()) {
      return;
    }
    DraftField param = pagination.get();
    Optional<DraftField> afterCursor = param.fields.stream().filter(f -> f.name.equals("afterCursor")).findFirst();
    Optional<DraftField> nextCursor = draft.resultFields.stream().filter(f -> f.name.equals("nextCursor")).findFirst();
    boolean cursor = afterCursor.isPresent() || nextCursor.isPresent();
    boolean single = !cursor && !param.fields.isEmpty()
        && param.fields.stream().noneMatch(f -> f.name.equals("page") || f.name.equals("offset"));
    StringBuilder text = new StringBuilder(param.docsText);
    param.fields.forEach(field -> text.append(' ').append(field.docsText));
    Matcher max = MAX.matcher(text);
    Matcher defaultLimit = DEFAULT_LIMIT.matcher(text);
    Optional<Integer> defaultValue =
        defaultLimit.find() ? Optional.of(Integer.parseInt(defaultLimit.group(1))) : Optional.empty();
    Optional<Integer> maxLimit = max.find() ? Optional.of(Integer.parseInt(max.group(1))) : Optional.empty();
    List<String> todos = new ArrayList<>();
    if (defaultValue.isEmpty()) {
      defaultValue = Optional.of(REST_DEFAULT_LIMIT);
      todos.add("the page states no default page size; " + REST_DEFAULT_LIMIT + " is REST 3.0's (rest-v3.md)");
    }
    if (maxLimit.isEmpty()) {
      maxLimit = defaultValue;
      todos.add("the page states no maximum page size; the default is used as the maximum");
    }
    String style = cursor ? "cursor" : single ? "single" : "page";
    draft.paging = Optional.of(new DraftPaging(style, "pagination", "items", maxLimit, defaultValue));
    param.todos.clear();
    param.todos.addAll(todos);
    if (cursor) {
      cursorTypes(draft, param, afterCursor, nextCursor);
    } else if (!single) {
      param.type = "Pagination";
      param.fields.clear();
    }
    if (draft.resultFields.stream().noneMatch(f -> f.name.equals("items"))) {
      param.todos.add("the result has no `items` field for paging to walk");
    }
  }

  /**
   * A cursor the portal answers as {@code nextCursor} and takes back as {@code afterCursor} gets
   * one named type for both, so the walker can hand one page's cursor to the next call.
   */
  private static void cursorTypes(
      DraftMethod draft, DraftField param, Optional<DraftField> afterCursor, Optional<DraftField> nextCursor) {
    Optional<DraftField> shape = afterCursor.filter(f -> !f.fields.isEmpty())
        .or(() -> nextCursor.filter(f -> !f.fields.isEmpty()));
    if (shape.isEmpty()) {
      param.type = "CursorPagination";
      param.fields.clear();
      param.todos.add("the page shows no keys of the cursor; typed as the shared CursorPagination");
      return;
    }
    String prefix = Names.upperCamel(draft.method.substring(0, draft.method.lastIndexOf('.')));
    DraftType cursorType = new DraftType(prefix + "Cursor",
        "The cursor of " + draft.method + ": answered as `nextCursor`, sent back as `pagination.afterCursor`.");
    for (DraftField key : shape.get().fields) {
      DraftField copy = new DraftField(key.name, key.type);
      copy.description = key.description;
      cursorType.fields.add(copy);
    }
    draft.types.add(cursorType);
    afterCursor.ifPresent(field -> {
      field.type = cursorType.name;
      field.fields.clear();
      field.required = false;
    });
    nextCursor.ifPresent(field -> {
      field.type = cursorType.name;
      field.fields.clear();
      field.nullable = true;
    });
  }
}
