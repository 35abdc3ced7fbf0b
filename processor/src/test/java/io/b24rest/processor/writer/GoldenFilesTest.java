package io.b24rest.processor.writer;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the shape of the generated code: one interface, request, result record, named type with a
 * nested enum, top-level enum and exception, generated from {@link SpecFixtures#golden()}, must
 * equal the files under {@code src/test/resources/golden/} (reviewed by hand). A change to a writer
 * shows up as a line diff here.
 *
 * <p>To accept a change, regenerate the files and review their diff in git:
 *
 * <pre>{@code
 * ./mvnw -B verify -pl processor -Dtest=GoldenFilesTest -Dgolden.update=true
 * git diff processor/src/test/resources/golden
 * }</pre>
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Map<String, String> GENERATED =
      new SpecWriter(GeneratedSources.BASE)
          .write(SpecFixtures.golden()).stream()
              .collect(Collectors.toMap(SpecWriter::qualifiedName, GeneratedFiles::source));

  @Test
  void theGoldenSpecsCompileWithoutAWarning() {
    Compilation compilation = GeneratedSources.compile(SpecFixtures.golden());

    assertThat(compilation.errors()).isEmpty();
    assertThat(compilation.warnings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "io.b24rest.api.humanresources.NodeApi",
        "io.b24rest.api.humanresources.NodeListRequest",
        "io.b24rest.api.humanresources.NodeListResult",
        "io.b24rest.api.humanresources.Node",
        "io.b24rest.api.humanresources.Communication",
        "io.b24rest.api.humanresources.NodeType",
        "io.b24rest.api.errors.EntityNotFoundException"
      })
  void generatedFileEqualsItsGoldenFile(String type) throws IOException {
    String actual = GENERATED.get(type);
    assertThat(actual).isNotNull();
    Path golden = GOLDEN.resolve(type.replace('.', '/') + ".java");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail(golden + " is missing; regenerate with -Dgolden.update=true (see this test's Javadoc)");
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail(type + " differs from " + golden + " (- golden, + generated); if the change is meant,"
          + " regenerate with -Dgolden.update=true and review the diff:\n" + diff(expected, actual));
    }
  }

  @Test
  void aMismatchReadsAsALineDiff() {
    String diff = diff("a\nb\nc\nd\ne\n", "a\nb\nX\nd\ne\n");

    assertThat(diff).isEqualTo("    1   a\n    2   b\n    3 - c\n    3 + X\n    4   d\n    5   e");
  }

  /** The lines between the common head and the common tail, with two lines of context. */
  static String diff(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    List<String> out = new ArrayList<>();
    Function<Integer, String> at = line -> String.format("%5d ", line + 1);
    for (int i = Math.max(0, head - 2); i < head; i++) {
      out.add(at.apply(i) + "  " + a.get(i));
    }
    for (int i = head; i < a.size() - tail; i++) {
      out.add(at.apply(i) + "- " + a.get(i));
    }
    for (int i = head; i < b.size() - tail; i++) {
      out.add(at.apply(i) + "+ " + b.get(i));
    }
    for (int i = a.size() - tail; i < Math.min(a.size(), a.size() - tail + 2); i++) {
      out.add(at.apply(i) + "  " + a.get(i));
    }
    return String.join("\n", out);
  }
}
