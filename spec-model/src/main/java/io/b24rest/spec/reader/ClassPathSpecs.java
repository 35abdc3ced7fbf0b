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
   * Every listed file that loads ({@link SpecIndexFile}); a missing index or file is reported.
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
    for (SpecIndexFile.Entry entry : SpecIndexFile.entries(index)) {
      String path = entry.path();
      try {
        sources.add(new SpecSource(path, read(loader, path)));
      } catch (IOException e) {
        diagnostics.report(
            new SourceLocation(indexResource, entry.line(), 1),
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
