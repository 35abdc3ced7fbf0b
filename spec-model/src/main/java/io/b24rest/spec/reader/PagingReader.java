package io.b24rest.spec.reader;

import java.util.List;
import java.util.Optional;

/** Reads the {@code paging} block of a method file. */
final class PagingReader {
  private static final List<String> KEYS =
      List.of("style", "param", "items", "maxLimit", "defaultLimit", "cursorParam", "nextCursor", "keyset");
  private static final List<String> REQUIRED_KEYS = List.of("style", "param", "items", "maxLimit", "defaultLimit");
  private static final List<String> KEYSET_KEYS = List.of("field", "filter", "order");

  private final SpecFile file;
  private final FieldReader texts;

  PagingReader(SpecFile file) {
    this.file = file;
    this.texts = new FieldReader(file);
  }

  Optional<PagingDraft> read(YamlMapping method) {
    if (!method.has("paging")) {
      return Optional.empty();
    }
    return method
        .node("paging")
        .flatMap(n -> YamlMapping.of(file, n, "'paging'"))
        .map(paging -> paging.expect("'paging'", KEYS, REQUIRED_KEYS))
        .map(
            paging ->
                new PagingDraft(
                    texts.nonEmpty(paging, "style", "write 'style: page' or 'style: cursor'"),
                    texts.nonEmpty(paging, "param", "write the name of the param that carries the paging object"),
                    texts.nonEmpty(paging, "items", "write the name of the result field that holds the records"),
                    paging.integer("maxLimit", "write the method's largest page size, for example 'maxLimit: 200'"),
                    paging.integer("defaultLimit", "write the page size the portal assumes, for example 'defaultLimit: 50'"),
                    paging.text("cursorParam"),
                    paging.text("nextCursor"),
                    keyset(paging),
                    method.keyLocation("paging")));
  }

  private Optional<PagingDraft.KeysetDraft> keyset(YamlMapping paging) {
    if (!paging.has("keyset")) {
      return Optional.empty();
    }
    return paging
        .node("keyset")
        .flatMap(n -> YamlMapping.of(file, n, "'keyset' of 'paging'"))
        .map(keyset -> keyset.expect("'keyset' of 'paging'", KEYSET_KEYS, KEYSET_KEYS))
        .map(
            keyset ->
                new PagingDraft.KeysetDraft(
                    texts.nonEmpty(keyset, "field", "write the id field of the records, for example 'field: id'"),
                    texts.nonEmpty(keyset, "filter", "write the name of the filter param"),
                    texts.nonEmpty(keyset, "order", "write the name of the order param"),
                    paging.keyLocation("keyset")));
  }
}
