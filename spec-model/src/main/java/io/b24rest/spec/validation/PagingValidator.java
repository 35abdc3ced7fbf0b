package io.b24rest.spec.validation;

import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.reader.FieldDraft;
import io.b24rest.spec.reader.Located;
import io.b24rest.spec.reader.MethodDraft;
import io.b24rest.spec.reader.PagingDraft;
import io.b24rest.spec.reader.SpecDrafts;
import io.b24rest.spec.reader.TypeExpression;
import io.b24rest.spec.reader.TypeExpressionParser;
import java.util.List;
import java.util.Optional;

/**
 * Checks the {@code paging} block against the method it pages: the paging param and its keys,
 * the items field and the cursor field of the result, and the page sizes.
 */
final class PagingValidator {
  private final DeclaredTypes declared;
  private final Diagnostics diagnostics;

  private PagingValidator(DeclaredTypes declared, Diagnostics diagnostics) {
    this.declared = declared;
    this.diagnostics = diagnostics;
  }

  static void check(SpecDrafts drafts, Diagnostics diagnostics) {
    if (drafts.methods().stream().noneMatch(m -> m.paging().isPresent())) {
      return;
    }
    PagingValidator validator = new PagingValidator(DeclaredTypes.collect(drafts, new Diagnostics()), diagnostics);
    for (MethodDraft method : drafts.methods()) {
      // With a broken file the params read may be incomplete: a check now could blame a right block.
      if (method.paging().isPresent() && !diagnostics.reportedIn(method.path())) {
        validator.checkPaging(method, method.paging().get());
      }
    }
  }

  private void checkPaging(MethodDraft method, PagingDraft paging) {
    String style = paging.style().value();
    boolean cursor = style.equals("cursor");
    boolean single = style.equals("single");
    if (!cursor && !single && !style.equals("page")) {
      diagnostics.report(
          paging.style().location(),
          "unknown paging style '" + style + "'",
          DidYouMean.hint(style, List.of("page", "cursor", "single"))
              + "write 'style: page' (page numbers), 'style: cursor' or 'style: single' (one page only)");
      return;
    }
    checkLimits(paging);
    Optional<List<FieldDraft>> pagingKeys = paramFields(method, paging.param());
    pagingKeys.ifPresent(keys -> checkKeys(paging, keys, cursor, single));
    List<FieldDraft> result = resultFields(method);
    if (cursor && pagingKeys.isPresent() && paging.cursorParam().isPresent() && paging.nextCursor().isPresent()) {
      Optional<FieldDraft> in = find(pagingKeys.get(), paging.cursorParam().get().value());
      Optional<FieldDraft> out = find(result, paging.nextCursor().get().value());
      if (in.isPresent() && out.isPresent() && !in.get().type().value().equals(out.get().type().value())) {
        diagnostics.report(
            paging.nextCursor().get().location(),
            "the cursor the result gives ('" + out.get().name().value() + "', " + out.get().type().value()
                + ") is not of the type the paging param takes ('" + in.get().name().value() + "', "
                + in.get().type().value() + ")",
            "give both the same type, so that the walker can pass one page's cursor to the next call");
      }
    }
    checkItems(method, paging.items(), result);
    if (cursor) {
      require(paging.cursorParam(), paging, "cursorParam", "the key inside '" + paging.param().value() + "' that takes the cursor");
      require(paging.nextCursor(), paging, "nextCursor", "the result field holding the next cursor");
      paging.nextCursor().ifPresent(next -> {
        if (find(result, next.value()).isEmpty()) {
          diagnostics.report(
              next.location(),
              "'nextCursor' names '" + next.value() + "', which is not a field of the result",
              DidYouMean.hint(next.value(), names(result)) + "write the name of the result field holding the next cursor");
        }
      });
    } else {
      for (Optional<Located<String>> cursorOnly : List.of(paging.cursorParam(), paging.nextCursor())) {
        cursorOnly.ifPresent(key -> diagnostics.report(
            key.location(),
            "'cursorParam' and 'nextCursor' apply to 'style: cursor' only",
            "remove it, or write 'style: cursor'"));
      }
    }
    paging.keyset().ifPresent(keyset -> {
      checkParamOfType(method, keyset.filter(), "filter", ScalarType.FILTER);
      if (find(method.params(), keyset.order().value()).isEmpty()) {
        diagnostics.report(
            keyset.order().location(),
            "'order' of 'keyset' names '" + keyset.order().value() + "', which is not a param of the method",
            DidYouMean.hint(keyset.order().value(), names(method.params())) + "write the name of the order param");
      }
    });
  }

  private void checkLimits(PagingDraft paging) {
    paging.maxLimit().filter(max -> max.value() < 1).ifPresent(max -> diagnostics.report(
        max.location(), "'maxLimit' must be at least 1, not " + max.value(), "write the page's maximum page size"));
    paging.defaultLimit().ifPresent(limit -> {
      int max = paging.maxLimit().map(Located::value).orElse(Integer.MAX_VALUE);
      if (limit.value() < 1 || limit.value() > max) {
        diagnostics.report(
            limit.location(),
            "'defaultLimit' " + limit.value() + " is not between 1 and 'maxLimit' " + max,
            "write the page size the portal assumes, at most the maximum");
      }
    });
  }

  /** The paging object must have an integer {@code limit} and {@code page} or the cursor key. */
  private void checkKeys(PagingDraft paging, List<FieldDraft> keys, boolean cursor, boolean single) {
    String param = paging.param().value();
    requireKey(paging.param(), keys, param, "limit", true);
    if (single) {
      return;
    } else if (cursor) {
      paging.cursorParam().ifPresent(key -> requireKey(key, keys, param, key.value(), false));
    } else {
      requireKey(paging.param(), keys, param, "page", true);
    }
  }

  private void requireKey(Located<String> at, List<FieldDraft> keys, String param, String key, boolean integer) {
    Optional<FieldDraft> found = find(keys, key);
    if (found.isEmpty()) {
      diagnostics.report(
          at.location(),
          "the paging param '" + param + "' has no key '" + key + "'",
          DidYouMean.hint(key, names(keys)) + "give the type of '" + param + "' a field '" + key + "'"
              + (integer ? " of type integer" : "") + ", or name another param");
    } else if (integer && !found.get().type().value().equals("integer")) {
      diagnostics.report(
          at.location(),
          "key '" + key + "' of the paging param '" + param + "' is of type '" + found.get().type().value()
              + "', not integer",
          "type '" + key + "' as integer");
    }
  }

  private void require(Optional<Located<String>> key, PagingDraft paging, String name, String what) {
    if (key.isEmpty()) {
      diagnostics.report(
          paging.location(),
          "'paging' with 'style: cursor' has no '" + name + "'",
          "add '" + name + ":', " + what);
    }
  }

  private void checkItems(MethodDraft method, Located<String> items, List<FieldDraft> result) {
    Optional<FieldDraft> field = find(result, items.value());
    if (field.isEmpty()) {
      diagnostics.report(
          items.location(),
          "'items' names '" + items.value() + "', which is not a field of the result of " + method.name().value(),
          DidYouMean.hint(items.value(), names(result)) + "write the name of the result field that holds the records");
    } else if (!(parse(field.get()) instanceof TypeExpression.ArrayOf)) {
      diagnostics.report(
          items.location(),
          "'items' names '" + items.value() + "', which is of type '" + field.get().type().value() + "', not an array",
          "name the result field that holds the records, an array<T>");
    }
  }

  private void checkParamOfType(MethodDraft method, Located<String> name, String key, ScalarType type) {
    Optional<FieldDraft> param = find(method.params(), name.value());
    if (param.isEmpty() || !param.get().type().value().equals(type.specName())) {
      diagnostics.report(
          name.location(),
          "'" + key + "' of 'keyset' names '" + name.value() + "', which is not a " + type.specName() + " param",
          DidYouMean.hint(name.value(), names(method.params())) + "write the name of the method's " + type.specName() + " param");
    }
  }

  /** The fields of the object type of the paging param, reporting a missing or non-object param. */
  private Optional<List<FieldDraft>> paramFields(MethodDraft method, Located<String> name) {
    Optional<FieldDraft> param = find(method.params(), name.value());
    if (param.isEmpty()) {
      diagnostics.report(
          name.location(),
          "the paging param '" + name.value() + "' is not a param of the method",
          DidYouMean.hint(name.value(), names(method.params()))
              + "write the name of the param that carries the paging object, for example 'pagination'");
      return Optional.empty();
    }
    Optional<List<FieldDraft>> fields = objectFields(method.folder(), param.get());
    if (fields.isEmpty()) {
      diagnostics.report(
          name.location(),
          "the paging param '" + name.value() + "' is of type '" + param.get().type().value() + "', not an object type",
          "type it as Pagination or CursorPagination (common.types.yaml) or another object type");
    }
    return fields;
  }

  /** The fields of {@code result}: listed, or those of the named type it is. */
  private List<FieldDraft> resultFields(MethodDraft method) {
    return method.result().flatMap(r -> objectFields(method.folder(), r)).orElse(List.of());
  }

  private Optional<List<FieldDraft>> objectFields(String scope, FieldDraft field) {
    TypeExpression type = parse(field);
    if (type instanceof TypeExpression.InlineObject) {
      return field.fields().map(Located::value);
    } else if (type instanceof TypeExpression.Name name) {
      return declared.find(scope, name.name()).flatMap(t -> t.fields()).map(Located::value);
    }
    return Optional.empty();
  }

  private static TypeExpression parse(FieldDraft field) {
    return TypeExpressionParser.parse(field.type().value()).expression().orElse(new TypeExpression.Name(""));
  }

  private static Optional<FieldDraft> find(List<FieldDraft> fields, String name) {
    return fields.stream().filter(f -> f.name().value().equals(name)).findFirst();
  }

  private static List<String> names(List<FieldDraft> fields) {
    return fields.stream().map(f -> f.name().value()).toList();
  }
}
