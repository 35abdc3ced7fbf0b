package io.b24rest.spec.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads each spec file by its kind into drafts, reporting every problem a file has on its own. */
final class SpecFileReader {
  private final List<MethodDraft> methods = new ArrayList<>();
  private final List<TypesFileDraft> typesFiles = new ArrayList<>();
  private final List<CatalogueDraft> catalogues = new ArrayList<>();
  private final List<CommonTypesDraft> commonTypes = new ArrayList<>();

  /** Reads one file; its problems go to {@code file}'s diagnostics. */
  void read(SpecFile file, String text) {
    Optional<SpecFileKind> kind = SpecFileKind.of(file.fileName());
    if (kind.isEmpty()) {
      file.report(
          file.start(),
          "'" + file.fileName() + "' is not a spec file name",
          "name a method file <method>.yaml, a types file <scope>" + SpecFileKind.TYPES_SUFFIX
              + ", the shared types " + SpecFileKind.COMMON_TYPES_NAME
              + " and the error catalogue " + SpecFileKind.CATALOGUE_NAME);
      return;
    }
    Optional<Node> root = YamlParser.parse(file, text);
    if (root.isEmpty()) {
      return;
    }
    switch (kind.get()) {
      case METHOD -> new MethodFileReader(file).read(root.get()).ifPresent(methods::add);
      case TYPES -> new TypesFileReader(file).read(root.get()).ifPresent(typesFiles::add);
      case CATALOGUE -> new CatalogueReader(file).read(root.get()).ifPresent(catalogues::add);
      case COMMON_TYPES -> new CommonTypesReader(file).read(root.get()).ifPresent(commonTypes::add);
    }
  }

  /** Takes what {@code other} read, after what this reader read (the order of the files). */
  void addAll(SpecFileReader other) {
    methods.addAll(other.methods);
    typesFiles.addAll(other.typesFiles);
    catalogues.addAll(other.catalogues);
    commonTypes.addAll(other.commonTypes);
  }

  /** Everything read so far. */
  SpecDrafts drafts() {
    return new SpecDrafts(methods, typesFiles, catalogues, commonTypes);
  }
}
