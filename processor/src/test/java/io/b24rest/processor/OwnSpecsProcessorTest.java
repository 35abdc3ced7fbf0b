package io.b24rest.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.b24rest.spec.compiled.CompiledSpecs;
import io.b24rest.spec.model.ErrorCode;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.SpecModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's own specs (found in its resources, here through the processor option): only their
 * code is generated, into the project's package; the library's catalogue keeps its classes.
 */
class OwnSpecsProcessorTest {
  private static final String OWN = "bitrix24/spec/note/note.collection.stats.yaml";

  @Test
  void generatesOnlyTheOwnSpecsIntoTheOwnPackage(@TempDir Path resources) throws IOException {
    write(resources.resolve(OWN), ownSpec("note.collection.stats", "note"));

    Compilation compilation = compile(resources, "com.example.notes.b24");

    assertThat(compilation.errors()).isEmpty();
    assertThat(compilation.warnings()).isEmpty();
    List<String> generated =
        compilation.generatedSourceFiles().stream().map(JavaFileObject::getName).toList();
    assertThat(generated)
        .containsExactly(
            "/SOURCE_OUTPUT/com/example/notes/b24/Bitrix24Methods.java",
            "/SOURCE_OUTPUT/com/example/notes/b24/package-info.java",
            "/SOURCE_OUTPUT/com/example/notes/b24/errors/Bitrix24Errors.java",
            "/SOURCE_OUTPUT/com/example/notes/b24/errors/NoteLockedException.java",
            "/SOURCE_OUTPUT/com/example/notes/b24/errors/package-info.java",
            "/SOURCE_OUTPUT/com/example/notes/b24/note/CollectionApi.java",
            "/SOURCE_OUTPUT/com/example/notes/b24/note/CollectionStatsRequest.java",
            "/SOURCE_OUTPUT/com/example/notes/b24/note/CollectionStatsResult.java",
            "/SOURCE_OUTPUT/com/example/notes/b24/note/package-info.java");
    // A catalogue code of the own method throws the library's exception, not a copy.
    assertThat(source(compilation, "com.example.notes.b24.note.CollectionApi"))
        .contains("import io.b24rest.api.errors.EntityNotFoundException;");
    assertThat(source(compilation, "com.example.notes.b24.errors.Bitrix24Errors"))
        .doesNotContain("ENTITYNOTFOUND");
  }

  @Test
  void registersTheGeneratedRegistriesAndListsTheOwnSpecs(@TempDir Path resources) throws IOException {
    write(resources.resolve(OWN), ownSpec("note.collection.stats", "note"));

    Compilation compilation = compile(resources, "com.example.notes.b24");

    assertThat(resource(compilation, "META-INF/services/io.b24rest.core.spi.MethodRegistry"))
        .isEqualTo("com.example.notes.b24.Bitrix24Methods\n");
    assertThat(resource(compilation, "META-INF/services/io.b24rest.core.spi.ErrorRegistry"))
        .isEqualTo("com.example.notes.b24.errors.Bitrix24Errors\n");
    assertThat(resource(compilation, ServiceFiles.OWN_SPEC_INDEX)).isEqualTo(OWN + "\n");
  }

  @Test
  void compilesOnlyTheOwnSpecsForTheTestkit(@TempDir Path resources) throws IOException {
    write(resources.resolve(OWN), ownSpec("note.collection.stats", "note"));

    Compilation compilation = compile(resources, "com.example.notes.b24");

    SpecModel compiled =
        CompiledSpecs.fromJson(resource(compilation, CompiledSpecs.RESOURCE), CompiledSpecs.RESOURCE);
    // The library's methods and catalogue are in b24-runtime's own compiled specs, not repeated.
    assertThat(compiled.methods().stream().map(MethodModel::name).toList())
        .containsExactly("note.collection.stats");
    assertThat(compiled.methods().get(0).location().file()).isEqualTo(OWN);
    assertThat(compiled.errorCodes().stream().map(ErrorCode::code).toList())
        .containsExactly("NOTE_LOCKED");
  }

  @Test
  void aClassThatWouldShadowTheLibrarysIsAnErrorNamingTheSpec(@TempDir Path resources)
      throws IOException {
    String own = "bitrix24/spec/humanresources/humanresources.node.archive.yaml";
    write(resources.resolve(own), ownSpec("humanresources.node.archive", "humanresources"));

    // The default basePackage is the library's: its NodeApi and registries would be replaced.
    Compilation compilation = compile(resources, "io.b24rest.api");

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    List<String> errors = SpecProcessorTest.messages(compilation.errors());
    assertThat(errors)
        .contains(
            own + ":1:1: the generated class io.b24rest.api.humanresources.NodeApi would shadow the"
                + " library's class of that name; give @GenerateFromSpecs a basePackage of your own"
                + " (not io.b24rest.api), or rename the method or type");
    assertThat(errors.stream().filter(e -> e.contains("io.b24rest.api.Bitrix24Methods would shadow")))
        .containsExactly(
            "@GenerateFromSpecs on anchor.Anchor (own specs: " + own + "): the generated class"
                + " io.b24rest.api.Bitrix24Methods would shadow the library's class of that name;"
                + " give @GenerateFromSpecs a basePackage of your own (not io.b24rest.api), or"
                + " rename the method or type");
  }

  @Test
  void anOwnSpecMayNotRepeatALibraryMethod(@TempDir Path resources) throws IOException {
    String own = "bitrix24/spec/humanresources/humanresources.node.get.yaml";
    write(resources.resolve(own).getParent().resolve("copy").resolve("humanresources.node.get.yaml"),
        ownSpec("humanresources.node.get", "humanresources"));

    Compilation compilation = compile(resources, "com.example.notes.b24");

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(String.join("\n", SpecProcessorTest.messages(compilation.errors())))
        .contains("humanresources.node.get");
  }

  private static Compilation compile(Path resources, String basePackage) {
    return Compiler.javac()
        .withProcessors(new SpecProcessor())
        .withOptions(
            "-A" + OwnSpecs.OPTION + "=" + resources,
            "-Xlint:all",
            "-Xlint:-processing",
            "--release",
            "17")
        .compile(
            SpecProcessorTest.anchor(
                "@io.b24rest.core.GenerateFromSpecs(basePackage = \"" + basePackage + "\")"),
            LIBRARY_EXCEPTION);
  }

  /** Stands in for b24-runtime, which a project compiles against (and this module cannot). */
  private static final JavaFileObject LIBRARY_EXCEPTION =
      JavaFileObjects.forSourceLines(
          "io.b24rest.api.errors.EntityNotFoundException",
          "package io.b24rest.api.errors;",
          "public class EntityNotFoundException extends io.b24rest.core.Bitrix24ApiException {",
          "  private static final long serialVersionUID = 1L;",
          "  public EntityNotFoundException(io.b24rest.core.ApiError error) {",
          "    super(error);",
          "  }",
          "}");

  /** A read method with a catalogue error and an error code of its own. */
  private static String ownSpec(String method, String scope) {
    return String.join(
        "\n",
        "spec: 2",
        "method: " + method,
        "scope: " + scope,
        "kind: read",
        "access: Any user.",
        "summary: Returns one item.",
        "docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-stats.html",
        "params:",
        "  - name: id",
        "    type: integer",
        "    required: true",
        "    description: The identifier.",
        "result:",
        "  description: The item.",
        "  fields:",
        "    - name: name",
        "      type: string",
        "      description: Its name.",
        "errors:",
        "  - code: BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION",
        "    field: id",
        "    description: Not found",
        "    fix: Pass an existing id",
        "  - code: NOTE_LOCKED",
        "    status: 423",
        "    exception: NoteLocked",
        "    description: The note is locked",
        "    fix: Try again later",
        "examples:",
        "  responses:",
        "    - status: 200",
        "      body: {\"result\": {\"name\": \"Handbook\"}}",
        "");
  }

  private static String source(Compilation compilation, String type) throws IOException {
    return compilation.generatedSourceFile(type).orElseThrow().getCharContent(true).toString();
  }

  private static String resource(Compilation compilation, String name) throws IOException {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, name)
        .orElseThrow()
        .getCharContent(true)
        .toString();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
