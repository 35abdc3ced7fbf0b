package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spec.reader.SpecSource;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's own specs, listed by the processor in its output, join the library's. */
class ClassPathSpecSourcesTest {
  private static final String OWN = "bitrix24/spec/note/note.collection.stats.yaml";

  @Test
  void servesTheLibrarysSpecsAndEveryProjectsOwn(@TempDir Path project) throws IOException {
    write(project.resolve(OWN), ownSpec());
    write(project.resolve(ClassPathSpecSources.OWN_INDEX), OWN + "\n");

    try (URLClassLoader loader = loaderWith(project)) {
      List<SpecSource> sources = ClassPathSpecSources.find(loader);
      SpecModel model = SpecReader.read(sources).model().orElseThrow();

      Set<String> methods = model.methods().stream().map(MethodModel::name).collect(Collectors.toSet());
      assertTrue(methods.contains("note.collection.stats"));
      assertTrue(methods.contains("humanresources.node.get"));
      assertEquals(SpecLoader.defaultSpecs().methods().size() + 1, methods.size());
    }
  }

  @Test
  void anIndexedSpecThatIsMissingIsAClearError(@TempDir Path project) throws IOException {
    write(project.resolve(ClassPathSpecSources.OWN_INDEX), "bitrix24/spec/note/gone.yaml\n");

    try (URLClassLoader loader = loaderWith(project)) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> ClassPathSpecSources.find(loader));
      assertTrue(e.getMessage().contains("bitrix24/spec/note/gone.yaml"), e.getMessage());
    }
  }

  private static URLClassLoader loaderWith(Path folder) throws IOException {
    return new URLClassLoader(
        new URL[] {folder.toUri().toURL()}, ClassPathSpecSourcesTest.class.getClassLoader());
  }

  private static String ownSpec() {
    return String.join(
        "\n",
        "spec: 2",
        "method: note.collection.stats",
        "scope: note",
        "kind: read",
        "access: Any user.",
        "summary: Retrieves a knowledge base by identifier.",
        "docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-stats.html",
        "params:",
        "  - name: id",
        "    type: integer",
        "    required: true",
        "    description: Knowledge base identifier.",
        "result:",
        "  description: Knowledge base data object.",
        "  fields:",
        "    - name: name",
        "      type: string",
        "      description: Knowledge base name.",
        "errors:",
        "  - code: BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION",
        "    field: id",
        "    description: Not found",
        "    fix: Pass an existing id",
        "examples:",
        "  responses:",
        "    - status: 200",
        "      body: {\"result\": {\"name\": \"Handbook\"}}",
        "");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
