package io.b24rest.spec.validation;

import static io.b24rest.spec.validation.SeedSpecs.CATALOGUE;
import static io.b24rest.spec.validation.SeedSpecs.methodPath;
import static io.b24rest.spec.validation.SeedSpecs.smallMethod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spec.reader.SpecSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of files, as a large scope has: the reader shares them out to helper threads, and what
 * it reads must not depend on that: every method in file order, every problem of every file.
 */
class ManyFilesTest {
  private static final int FILES = 300;

  @Test
  void everyFileIsReadOnceInFileOrderWhateverOrderTheyAreGivenIn() {
    List<SpecSource> sources = sources(Set.of());
    List<SpecSource> reversed = new ArrayList<>(sources);
    Collections.reverse(reversed);

    SpecReadResult result = SpecReader.read(sources);

    assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
    assertEquals(
        IntStream.range(0, FILES).mapToObj(ManyFilesTest::name).toList(),
        result.model().orElseThrow().methods().stream().map(MethodModel::name).toList());
    assertEquals(result, SpecReader.read(reversed));
  }

  @Test
  void theProblemsOfFilesFarApartAreAllReported() {
    Set<Integer> broken = Set.of(0, 31, 32, 150, FILES - 1);

    SpecReadResult result = SpecReader.read(sources(broken));

    assertTrue(result.model().isEmpty());
    assertEquals(
        broken.stream().sorted().map(i -> methodPath(name(i)) + ":4:7: unknown kind 'wright' of the method").toList(),
        result.diagnostics().stream().map(d -> d.location() + ": " + d.problem()).toList());
  }

  private static List<SpecSource> sources(Set<Integer> broken) {
    List<SpecSource> sources = new ArrayList<>();
    sources.add(new SpecSource(CATALOGUE, SeedSpecs.catalogue()));
    for (int i = 0; i < FILES; i++) {
      String text = smallMethod(name(i), "  []\n");
      sources.add(new SpecSource(methodPath(name(i)), broken.contains(i) ? text.replace("kind: write", "kind: wright") : text));
    }
    return sources;
  }

  private static String name(int i) {
    return String.format("humanresources.bulk.item%03d", i);
  }
}
