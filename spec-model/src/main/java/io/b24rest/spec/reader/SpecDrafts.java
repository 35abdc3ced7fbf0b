package io.b24rest.spec.reader;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every spec file of a build as written, for the checks that look across files.
 *
 * @param methods the method files
 * @param typesFiles the types files
 * @param catalogues the error catalogues (one in a valid build)
 * @param commonTypes the shared types files (at most one in a valid build)
 */
public record SpecDrafts(
    List<MethodDraft> methods,
    List<TypesFileDraft> typesFiles,
    List<CatalogueDraft> catalogues,
    List<CommonTypesDraft> commonTypes) {

  public SpecDrafts {
    methods = List.copyOf(methods);
    typesFiles = List.copyOf(typesFiles);
    catalogues = List.copyOf(catalogues);
    commonTypes = List.copyOf(commonTypes);
  }

  /** Every named type: of the shared types file, of types files and of method files. */
  public Stream<NamedTypeDraft> namedTypes() {
    return Stream.of(
            commonTypes.stream().flatMap(f -> f.types().stream()),
            typesFiles.stream().flatMap(f -> f.types().stream()),
            methods.stream().flatMap(m -> m.types().stream()))
        .flatMap(s -> s);
  }
}
