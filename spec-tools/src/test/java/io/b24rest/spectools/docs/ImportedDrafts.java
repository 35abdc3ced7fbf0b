package io.b24rest.spectools.docs;

import io.b24rest.spec.reader.SpecSource;
import io.b24rest.spectools.SharedDocs;
import io.b24rest.spectools.draft.DraftMethod;
import io.b24rest.spectools.draft.Names;
import io.b24rest.spectools.draft.SharedShapes;
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
  private static List<SpecSource> scopeTypes;

  record Draft(Path page, DraftMethod method, SpecSource source) {}

  private ImportedDrafts() {}

  static synchronized Map<Path, Draft> all() {
    if (drafts == null) {
      DocsImporter importer = new DocsImporter(ErrorCatalogue.codes());
      Map<Path, DraftMethod> methods = new LinkedHashMap<>();
      for (Path page : SharedDocs.restV3Pages()) {
        try {
          methods.put(page, importer.read(page));
        } catch (IOException | DocsPageException e) {
          throw new AssertionError(page + " did not import: " + e.getMessage(), e);
        }
      }
      // As import-docs does with pages of one scope: repeated shapes become the scope's types.
      List<SpecSource> types = new ArrayList<>();
      SharedShapes.factor(new ArrayList<>(methods.values()), Names.RESERVED_TYPE_NAMES).forEach((scope, declared) ->
          types.add(new SpecSource(ROOT + scope + "/" + scope + ".types.yaml",
              new DraftYamlWriter(null).writeTypes(scope, declared))));
      Map<Path, Draft> read = new LinkedHashMap<>();
      methods.forEach((page, method) -> {
        String path = ROOT + method.scope + "/" + method.method + ".yaml";
        read.put(page, new Draft(page, method, new SpecSource(path, new DraftYamlWriter(null).write(method))));
      });
      scopeTypes = types;
      drafts = read;
    }
    return drafts;
  }

  /**
   * The spec files every draft may refer to: the library's error catalogue and common types, and
   * the {@code <scope>.types.yaml} files of the shapes the drafts of a scope share.
   */
  static List<SpecSource> sharedFiles() {
    all();
    List<SpecSource> files = new ArrayList<>(scopeTypes);
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
