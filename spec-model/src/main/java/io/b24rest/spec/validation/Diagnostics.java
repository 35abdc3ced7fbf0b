package io.b24rest.spec.validation;

import io.b24rest.spec.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems found while reading and checking specs, to report them all at once. */
public final class Diagnostics {
  private static final Comparator<SpecDiagnostic> ORDER =
      Comparator.comparing((SpecDiagnostic d) -> d.location().file())
          .thenComparingInt(d -> d.location().line())
          .thenComparingInt(d -> d.location().column())
          .thenComparing(SpecDiagnostic::problem)
          .thenComparing(SpecDiagnostic::fix);

  private final List<SpecDiagnostic> found = new ArrayList<>();

  /** Records one problem. */
  public void report(SourceLocation location, String problem, String fix) {
    found.add(new SpecDiagnostic(location, problem, fix));
  }

  /** Records every problem {@code other} holds, after the ones recorded here. */
  public void addAll(Diagnostics other) {
    found.addAll(other.found);
  }

  /** Whether nothing was reported. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Whether a problem was reported in {@code file}. */
  public boolean reportedIn(String file) {
    return found.stream().anyMatch(d -> d.location().file().equals(file));
  }

  /** Every problem, sorted by file, line and column, without repeats. */
  public List<SpecDiagnostic> sorted() {
    return found.stream().distinct().sorted(ORDER).toList();
  }
}
