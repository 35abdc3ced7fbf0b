package io.b24rest.spec.reader;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the error catalogue ({@code common-errors.yaml}). */
final class CatalogueReader {
  private static final List<String> KEYS = List.of("spec", "errors");
  private static final String WHAT = "the error catalogue";

  private final SpecFile file;

  CatalogueReader(SpecFile file) {
    this.file = file;
  }

  Optional<CatalogueDraft> read(Node root) {
    return FileRoot.open(file, root, WHAT, KEYS, KEYS)
        .map(catalogue -> new CatalogueDraft(file.path(), new ErrorReader(file).read(catalogue, true), file.start()));
  }
}
