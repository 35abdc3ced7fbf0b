package io.b24rest.spec.reader;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads a types file ({@code <scope>/<scope>.types.yaml}). */
final class TypesFileReader {
  private static final List<String> KEYS = List.of("spec", "scope", "types");
  private static final String WHAT = "the types file";

  private final SpecFile file;

  TypesFileReader(SpecFile file) {
    this.file = file;
  }

  Optional<TypesFileDraft> read(Node root) {
    return FileRoot.open(file, root, WHAT, KEYS, KEYS)
        .map(
            types ->
                new TypesFileDraft(
                    file.path(),
                    file.folder(),
                    new FieldReader(file).nonEmpty(types, "scope", "write the scope, the name of the folder"),
                    new NamedTypeReader(file).read(types),
                    file.start()));
  }
}
