package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.core.MethodKind;
import io.b24rest.spec.compiled.ClassPathCompiledSpecs;
import io.b24rest.spec.compiled.CompiledSpecs;
import io.b24rest.spec.compiled.CompiledSpecsException;
import io.b24rest.spec.model.Example;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.reader.SpecReader;
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

/** A project's own compiled specs, written by the processor into its output, join the library's. */
class CompiledSpecSourcesTest {
  private static final String OWN = "note.collection.stats";

  @Test
  void theCompiledSpecsAreTheYamlSpecsAsTheReaderReadsThem() {
    SpecModel yaml =
        SpecReader.readClassPath(getClass().getClassLoader(), "bitrix24/spec/index.txt").model().orElseThrow();

    // b24-runtime's compiled specs, written by the processor when it generated the library.
    assertEquals(yaml, SpecLoader.defaultSpecs());
  }

  @Test
  void servesTheLibrarysSpecsAndEveryProjectsOwn(@TempDir Path project) throws Exception {
    write(project, CompiledSpecs.toJson(own(OWN, "{\"result\":{\"name\":\"Handbook\"}}")));

    try (URLClassLoader loader = loaderWith(project)) {
      SpecModel model = ClassPathCompiledSpecs.read(loader);

      Set<String> methods = model.methods().stream().map(MethodModel::name).collect(Collectors.toSet());
      assertTrue(methods.contains(OWN));
      assertTrue(methods.contains("humanresources.node.get"));
      assertEquals(SpecLoader.defaultSpecs().methods().size() + 1, methods.size());
      FakeBitrix24Portal portal = FakeBitrix24Portal.builder().spec(model).build();
      try (portal) {
        portal.start();
        var reply = new PortalClient().post(portal.webhookUrl() + OWN, "{}");
        assertEquals(200, reply.status());
        assertEquals("Handbook", reply.json().path("result").path("name").asText());
      }
    }
  }

  @Test
  void aMethodDeclaredDifferentlyTwiceIsAClearError(@TempDir Path project) throws IOException {
    MethodModel library = SpecLoader.defaultSpecs().methods().get(0);
    MethodModel changed =
        TestSpecs.method(library.name(), library.scope(), MethodKind.READ, List.of(), List.of());
    write(project, CompiledSpecs.toJson(new SpecModel(List.of(changed), List.of(), List.of())));

    try (URLClassLoader loader = loaderWith(project)) {
      CompiledSpecsException e =
          assertThrows(CompiledSpecsException.class, () -> ClassPathCompiledSpecs.read(loader));
      assertTrue(e.getMessage().contains("method " + library.name()), e.getMessage());
      assertTrue(e.getMessage().contains(project.getFileName().toString()), e.getMessage());
    }
  }

  @Test
  void aBrokenCompiledFileIsAClearErrorNamingIt(@TempDir Path project) throws IOException {
    write(project, "{\"format\": 1, \"model\": {\"methods\": 3}}");

    try (URLClassLoader loader = loaderWith(project)) {
      CompiledSpecsException e =
          assertThrows(CompiledSpecsException.class, () -> ClassPathCompiledSpecs.read(loader));
      assertTrue(e.getMessage().contains(project.getFileName().toString()), e.getMessage());
    }
  }

  private static SpecModel own(String name, String answer) {
    MethodModel method =
        TestSpecs.method(name, "note", MethodKind.READ, List.of(), List.of(new Example(200, answer)));
    return new SpecModel(List.of(method), List.of(), List.of());
  }

  private static URLClassLoader loaderWith(Path folder) throws IOException {
    return new URLClassLoader(
        new URL[] {folder.toUri().toURL()}, CompiledSpecSourcesTest.class.getClassLoader());
  }

  private static void write(Path project, String text) throws IOException {
    Path file = project.resolve(CompiledSpecs.RESOURCE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
