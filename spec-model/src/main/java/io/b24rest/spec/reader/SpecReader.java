package io.b24rest.spec.reader;

import io.b24rest.spec.model.SourceLocation;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.validation.Diagnostics;
import io.b24rest.spec.validation.SpecValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads spec files into a validated {@link io.b24rest.spec.model.SpecModel}: parse, then
 * validate everything, then build the model. Used by the annotation processor and, at run time,
 * by the testkit; it depends on nothing of {@code javax.annotation.processing}.
 *
 * <p>Nothing is thrown for any spec text: every problem becomes a
 * {@link io.b24rest.spec.validation.SpecDiagnostic} with the file, line and column.
 */
public final class SpecReader {
  private SpecReader() {}

  /** Reads the given spec files (method files, types files and the error catalogue). */
  public static SpecReadResult read(List<SpecSource> sources) {
    Objects.requireNonNull(sources, "sources");
    sources.forEach(source -> Objects.requireNonNull(source, "a spec source is null"));
    return read(sources, new Diagnostics());
  }

  /**
   * Reads every spec listed in the class path index {@code indexResource} (for example
   * {@code bitrix24/spec/index.txt}) through {@code loader}.
   */
  public static SpecReadResult readClassPath(ClassLoader loader, String indexResource) {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(indexResource, "indexResource");
    Diagnostics diagnostics = new Diagnostics();
    return read(ClassPathSpecs.load(loader, indexResource, diagnostics), diagnostics);
  }

  private static SpecReadResult read(List<SpecSource> sources, Diagnostics diagnostics) {
    List<SpecSource> ordered =
        sources.stream().sorted(Comparator.comparing(s -> s.path() == null ? "" : s.path())).toList();
    Set<String> seen = new HashSet<>();
    List<SpecSource> once = new ArrayList<>(ordered.size());
    for (SpecSource source : ordered) {
      if (source.path() != null && !seen.add(source.path())) {
        diagnostics.report(
            new SourceLocation(source.path(), 1, 1), "the spec file is given twice", "list each spec file once");
        continue;
      }
      once.add(source);
    }
    SpecDrafts drafts = ParallelReads.readAll(once, diagnostics).drafts();
    SafeRead.validate(drafts, diagnostics, SpecValidator::check);
    if (!diagnostics.isEmpty()) {
      return new SpecReadResult(Optional.empty(), diagnostics.sorted());
    }
    Optional<SpecModel> model = SafeRead.build(drafts, diagnostics, ModelBuilder::build);
    return new SpecReadResult(diagnostics.isEmpty() ? model : Optional.empty(), diagnostics.sorted());
  }
}
