package io.b24rest.spec.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.spec.model.SourceLocation;
import io.b24rest.spec.validation.SpecDiagnostic;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the specs an index lists from a class path. */
class ClassPathSpecsTest {
  private static final String INDEX = "bitrix24/spec/index.txt";
  private static final String METHOD = "bitrix24/spec/humanresources/humanresources.node.communication.list.yaml";
  private static final String CATALOGUE = "bitrix24/spec/common-errors.yaml";

  @TempDir Path root;

  @Test
  void readsEveryListedSpecIgnoringBlankLinesAndComments() throws IOException {
    copyFromTestClassPath(METHOD);
    copyFromTestClassPath(CATALOGUE);
    write(INDEX, "# written by the build\n" + CATALOGUE + "\r\n\n  " + METHOD + "  \n\n");
    SpecReadResult result = readFrom(root);
    assertEquals(List.of(), result.diagnostics());
    assertEquals("humanresources.node.communication.list", result.model().orElseThrow().methods().get(0).name());
  }

  @Test
  void aListedSpecThatIsMissingIsReportedOnItsIndexLine() throws IOException {
    copyFromTestClassPath(METHOD);
    copyFromTestClassPath(CATALOGUE);
    write(INDEX, CATALOGUE + "\n\nbitrix24/spec/humanresources/humanresources.node.gone.yaml\n" + METHOD + "\n");
    SpecReadResult result = readFrom(root);
    assertEquals(
        List.of(
            new SpecDiagnostic(
                new SourceLocation(INDEX, 3, 1),
                "cannot read the listed spec 'bitrix24/spec/humanresources/humanresources.node.gone.yaml': not found on the class path",
                "rebuild the spec module so the index lists only existing files")),
        result.diagnostics());
    assertTrue(result.model().isEmpty());
  }

  @Test
  void aMissingIndexIsReported() throws IOException {
    SpecReadResult result = readFrom(root);
    assertEquals(
        List.of(
            new SpecDiagnostic(
                new SourceLocation(INDEX, 1, 1),
                "cannot read the spec index: not found on the class path",
                "put the module with the specs (b24-spec) on the class path; its build writes the index")),
        result.diagnostics());
  }

  private SpecReadResult readFrom(Path classPathRoot) throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classPathRoot.toUri().toURL()}, null)) {
      return SpecReader.readClassPath(loader, INDEX);
    }
  }

  private void copyFromTestClassPath(String resource) throws IOException {
    try (var in = getClass().getClassLoader().getResourceAsStream(resource)) {
      write(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private void write(String resource, String text) throws IOException {
    Path file = root.resolve(resource);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
