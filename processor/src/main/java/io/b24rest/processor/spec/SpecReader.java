package io.b24rest.processor.spec;

import io.b24rest.processor.model.SpecModel;
import io.b24rest.processor.validation.Diagnostics;
import io.b24rest.processor.validation.SpecValidator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads spec files into a validated {@link io.b24rest.processor.model.SpecModel}: parse, then
 * validate everything, then build the model. Used by the annotation processor and, at run time,
 * by the testkit; it depends on nothing of {@code javax.annotation.processing}.
 *
 * <p>Nothing is thrown for any spec text: every problem becomes a
 * {@link io.b24rest.processor.validation.SpecDiagnostic} with the file, line and column.
 */
public final class SpecReader {
  private SpecReader() {}

  /** Reads the given spec files (method files, types files and the error catalogue). */
  public static SpecReadResult read(List<SpecSource> sources) {
    Diagnostics diagnostics = new Diagnostics();
    return read(sources, diagnostics);
  }

  /**
   * Reads every spec listed in the class path index {@code indexResource} (for example
   * {@code bitrix24/spec/index.txt}) through {@code loader}.
   */
  public static SpecReadResult readClassPath(ClassLoader loader, String indexResource) {
    Diagnostics diagnostics = new Diagnostics();
    return read(ClassPathSpecs.load(loader, indexResource, diagnostics), diagnostics);
  }

  private static SpecReadResult read(List<SpecSource> sources, Diagnostics diagnostics) {
    SpecFileReader reader = new SpecFileReader();
    List<SpecSource> ordered =
        sources.stream().sorted(Comparator.comparing(s -> s.path() == null ? "" : s.path())).toList();
    for (SpecSource source : ordered) {
      SafeRead.file(source, diagnostics, reader);
    }
    SpecDrafts drafts = reader.drafts();
    SafeRead.validate(drafts, diagnostics, SpecValidator::check);
    if (!diagnostics.isEmpty()) {
      return new SpecReadResult(Optional.empty(), diagnostics.sorted());
    }
    Optional<SpecModel> model = SafeRead.build(drafts, diagnostics, ModelBuilder::build);
    return new SpecReadResult(diagnostics.isEmpty() ? model : Optional.empty(), diagnostics.sorted());
  }
}
