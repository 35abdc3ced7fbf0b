package io.b24rest.spec.reader;

import io.b24rest.spec.model.NamedType;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the shared types file ({@code common.types.yaml}): {@code spec} and {@code types} only. */
final class CommonTypesReader {
  private static final List<String> KEYS = List.of("spec", "types");
  private static final String WHAT = "the shared types file";

  private final SpecFile file;

  CommonTypesReader(SpecFile file) {
    this.file = file;
  }

  Optional<CommonTypesDraft> read(Node root) {
    return FileRoot.open(file, root, WHAT, KEYS, KEYS)
        .map(
            types ->
                new CommonTypesDraft(
                    file.path(),
                    new NamedTypeReader(file, NamedType.COMMON_SCOPE).read(types),
                    file.start()));
  }
}
