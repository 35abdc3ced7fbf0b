package io.b24rest.spec.reader;

import io.b24rest.spec.model.SourceLocation;
import io.b24rest.spec.validation.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the spec files a class path index lists. */
final class ClassPathSpecs {
  private ClassPathSpecs() {}

  /**
   * Every listed file that loads; a missing index or file is reported. The index holds one
   * resource path a line; blank lines and {@code #} comments are skipped, as the processor does.
   */
  static List<SpecSource> load(ClassLoader loader, String indexResource, Diagnostics diagnostics) {
    List<SpecSource> sources = new ArrayList<>();
    String index;
    try {
      index = read(loader, indexResource);
    } catch (IOException e) {
      diagnostics.report(
          new SourceLocation(indexResource, 1, 1),
          "cannot read the spec index: " + e.getMessage(),
          "put the module with the specs (b24-spec) on the class path; its build writes the index");
      return sources;
    }
    String[] lines = index.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String path = lines[i].strip();
      if (path.isEmpty() || path.startsWith("#")) {
        continue;
      }
      try {
        sources.add(new SpecSource(path, read(loader, path)));
      } catch (IOException e) {
        diagnostics.report(
            new SourceLocation(indexResource, i + 1, 1),
            "cannot read the listed spec '" + path + "': " + e.getMessage(),
            "rebuild the spec module so the index lists only existing files");
      }
    }
    return sources;
  }

  private static String read(ClassLoader loader, String resource) throws IOException {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("not found on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
