package io.b24rest.spec.reader;

/** The {@code spec} key every file starts with: the format version this reader understands. */
final class SpecVersion {
  /** The only format version there is. */
  static final int SUPPORTED = 1;

  private SpecVersion() {}

  /** Reports a {@code spec} value other than {@value #SUPPORTED}. */
  static void check(SpecFile file, YamlMapping root) {
    root.integer("spec", "write 'spec: " + SUPPORTED + "'")
        .filter(version -> version.value() != SUPPORTED)
        .ifPresent(
            version -> file.report(
                version.location(),
                "unsupported spec version " + version.value(),
                "write 'spec: " + SUPPORTED + "'; this processor reads format version " + SUPPORTED + " only"));
  }
}
