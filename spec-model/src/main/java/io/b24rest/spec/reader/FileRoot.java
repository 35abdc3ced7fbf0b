package io.b24rest.spec.reader;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The first step every file reader takes: the file must be one mapping, with known keys and the
 * supported {@code spec} version.
 */
final class FileRoot {
  private FileRoot() {}

  /**
   * The root mapping of {@code file}, its keys and version checked (and problems reported); empty
   * when the root is no mapping at all.
   */
  static Optional<YamlMapping> open(
      SpecFile file, Node root, String what, List<String> keys, List<String> requiredKeys) {
    return YamlMapping.of(file, root, what)
        .map(
            mapping -> {
              YamlMapping checked = mapping.expect(what, keys, requiredKeys);
              SpecVersion.check(file, checked);
              return checked;
            });
  }
}
