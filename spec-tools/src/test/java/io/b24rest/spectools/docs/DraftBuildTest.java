package io.b24rest.spectools.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import io.b24rest.core.ApiResponse;
import io.b24rest.core.spi.MethodDescriptor;
import io.b24rest.processor.writer.SpecWriter;
import io.b24rest.runtime.Bitrix24Json;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spec.reader.SpecSource;
import io.b24rest.spec.validation.SpecDiagnostic;
import io.b24rest.testsupport.CompiledClasses;
import io.b24rest.testsupport.JsonTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's measure: every REST 3.0 page of the docs copy, imported with no hand edit, must read
 * as a valid spec, generate Java that compiles, and round-trip its documented 200 answer through
 * the generated result type. The counts are written to {@code target/import-report.md} and held
 * at a floor, so that a change to the importer cannot silently lose pages.
 */
class DraftBuildTest {
  /** Pages whose draft compiles and round-trips its 200 example (all of them); raise it as pages are added. */
  static final int ROUND_TRIP_FLOOR = 94;

  private static final ObjectMapper MAPPER = Bitrix24Json.newObjectMapper();
  private static final String BASE = "io.b24rest.drafts";

  @Test
  void draftsOfEveryPageBuildAndRoundTripTheirExample() throws Exception {
    Map<Path, ImportedDrafts.Draft> drafts = ImportedDrafts.all();
    Map<String, String> outcome = new TreeMap<>();
    List<SpecSource> valid = new ArrayList<>();
    for (ImportedDrafts.Draft draft : drafts.values()) {
      List<SpecSource> sources = new ArrayList<>(ImportedDrafts.sharedFiles());
      sources.add(draft.source());
      SpecReadResult read = SpecReader.read(sources);
      if (read.model().isPresent()) {
        valid.add(draft.source());
      } else {
        outcome.put(draft.method().method, "spec error: " + read.diagnostics().stream()
            .map(SpecDiagnostic::format).findFirst().orElse("?"));
      }
    }
    List<SpecSource> all = new ArrayList<>(ImportedDrafts.sharedFiles());
    all.addAll(valid);
    SpecReadResult together = SpecReader.read(all);
    assertTrue(together.model().isPresent(), "the valid drafts read together: " + together.diagnostics());
    SpecModel model = together.model().get();
    Compilation compilation = compile(model);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), "drafts compile: " + compilation.errors());
    ClassLoader loader = CompiledClasses.loader(compilation, DraftBuildTest.class.getClassLoader());
    int roundTrips = 0;
    for (MethodDescriptor descriptor : descriptors(loader)) {
      ImportedDrafts.Draft draft = drafts.values().stream()
          .filter(d -> d.method().method.equals(descriptor.name())).findFirst().orElseThrow();
      String verdict = roundTrip(descriptor, draft);
      outcome.put(descriptor.name(), verdict);
      if (verdict.equals("round-trips")) {
        roundTrips++;
      }
    }
    report(drafts.size(), roundTrips, outcome);
    assertTrue(roundTrips >= ROUND_TRIP_FLOOR,
        roundTrips + " of " + drafts.size() + " drafts round-trip (floor " + ROUND_TRIP_FLOOR + "): " + outcome);
  }

  private static String roundTrip(MethodDescriptor descriptor, ImportedDrafts.Draft draft) {
    String example = draft.method().responses.stream().filter(e -> e.status() == 200)
        .map(e -> e.json()).findFirst().orElse(null);
    if (example == null) {
      return "no 200 example";
    }
    try {
      JavaType type = MAPPER.getTypeFactory().constructParametricType(ApiResponse.class, descriptor.resultType());
      ApiResponse<?> decoded = MAPPER.readValue(example, type);
      JsonNode expected = MAPPER.readTree(example).get("result");
      JsonNode actual = MAPPER.readTree(MAPPER.writeValueAsString(decoded)).get("result");
      return JsonTrees.sameValue(expected, actual) ? "round-trips" : "result changed: " + actual;
    } catch (IOException | RuntimeException e) {
      return "does not decode: " + e.getClass().getSimpleName() + ": "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
  }

  private static void report(int pages, int roundTrips, Map<String, String> outcome) throws IOException {
    StringBuilder text = new StringBuilder("# import-docs on the docs copy\n\n")
        .append(roundTrips).append(" of ").append(pages).append(" pages: draft compiles and round-trips its 200 example\n\n")
        .append("| method | outcome |\n|---|---|\n");
    outcome.forEach((method, verdict) -> text.append("| ").append(method).append(" | ")
        .append(verdict.replace("|", "\\|").replace("\n", " ")).append(" |\n"));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/import-report.md"), text);
  }

  private static Compilation compile(SpecModel model) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (JavaFile file : new SpecWriter(BASE).write(model)) {
      sources.add(JavaFileObjects.forSourceString(SpecWriter.qualifiedName(file), file.toString()));
    }
    return Compiler.javac().withOptions("--release", "17").compile(sources);
  }

  @SuppressWarnings("unchecked")
  private static List<MethodDescriptor> descriptors(ClassLoader loader) throws ReflectiveOperationException {
    Class<?> registry = loader.loadClass(BASE + ".Bitrix24Methods");
    return (List<MethodDescriptor>) registry.getMethod("all").invoke(null);
  }
}
