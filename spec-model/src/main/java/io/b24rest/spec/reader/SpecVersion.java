package io.b24rest.spec.reader;

/** The {@code spec} key every file starts with: the format version this reader understands. */
final class SpecVersion {
  /** The format version this reader understands; version 1 files must be migrated. */
  static final int SUPPORTED = 2;

  private SpecVersion() {}

  /** Reports a {@code spec} value other than {@value #SUPPORTED}. */
  static void check(SpecFile file, YamlMapping root) {
    root.integer("spec", "write 'spec: " + SUPPORTED + "'")
        .filter(version -> version.value() != SUPPORTED)
        .ifPresent(
            version -> file.report(
                version.location(),
                "unsupported spec version " + version.value(),
                "write 'spec: " + SUPPORTED + "'; this processor reads format version " + SUPPORTED + " only"
                    + (version.value() == 1 ? " (spec/README.md, 'From version 1', says what to change)" : "")));
  }
}
