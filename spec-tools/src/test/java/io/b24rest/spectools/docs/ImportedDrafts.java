package io.b24rest.spectools.docs;

import io.b24rest.spec.reader.SpecSource;
import io.b24rest.spectools.SharedDocs;
import io.b24rest.spectools.draft.DraftMethod;
import io.b24rest.spectools.draft.DraftYamlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every REST 3.0 page of the docs copy imported once, as the spec sources a build would read. */
final class ImportedDrafts {
  static final String ROOT = "bitrix24/spec/";
  private static Map<Path, Draft> drafts;

  record Draft(Path page, DraftMethod method, SpecSource source) {}

  private ImportedDrafts() {}

  static synchronized Map<Path, Draft> all() {
    if (drafts == null) {
      DocsImporter importer = new DocsImporter(ErrorCatalogue.codes());
      Map<Path, Draft> read = new LinkedHashMap<>();
      for (Path page : SharedDocs.restV3Pages()) {
        try {
          DraftMethod method = importer.read(page);
          String path = ROOT + method.scope + "/" + method.method + ".yaml";
          read.put(page, new Draft(page, method, new SpecSource(path, new DraftYamlWriter(null).write(method))));
        } catch (IOException | DocsPageException e) {
          throw new AssertionError(page + " did not import: " + e.getMessage(), e);
        }
      }
      drafts = read;
    }
    return drafts;
  }

  /** The library's shared spec files every draft may refer to: the error catalogue, common types. */
  static List<SpecSource> sharedFiles() {
    List<SpecSource> files = new ArrayList<>();
    for (String name : List.of("common-errors.yaml", "common.types.yaml")) {
      try (InputStream in = ImportedDrafts.class.getClassLoader().getResourceAsStream(ROOT + name)) {
        if (in != null) {
          files.add(new SpecSource(ROOT + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
