package io.b24rest.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor end to end with the real reader and the real specs of {@code b24-spec} (a test
 * dependency, so its index is on the class path javac sees).
 */
class SpecProcessorSeedTest {
  private static final String SEED = "bitrix24/spec/humanresources/humanresources.node.communication.list.yaml";

  @Test
  void seedSpecGeneratesTheDocumentedTypesWarningFree() {
    Compilation compilation =
        SpecProcessorTest.compile(
            SpecProcessorTest.anchor("@io.b24rest.core.GenerateFromSpecs"),
            JavaFileObjects.forSourceLines(
                "anchor.UsesSeed",
                "package anchor;",
                "import io.b24rest.api.humanresources.Communication;",
                "import io.b24rest.api.humanresources.NodeCommunicationApi;",
                "import io.b24rest.api.humanresources.NodeCommunicationListRequest;",
                "final class UsesSeed {",
                "  static Communication.Type first(NodeCommunicationApi api) {",
                "    return api.list(NodeCommunicationListRequest.builder().id(15L).build())",
                "        .result().chats().get(0).type();",
                "  }",
                "}"));

    assertThat(compilation.warnings()).isEmpty();
    assertThat(compilation.errors()).isEmpty();
    List<String> generated =
        compilation.generatedSourceFiles().stream().map(JavaFileObject::getName).collect(Collectors.toList());
    assertThat(generated)
        .containsAtLeast(
            "/SOURCE_OUTPUT/io/b24rest/api/humanresources/NodeCommunicationApi.java",
            "/SOURCE_OUTPUT/io/b24rest/api/humanresources/NodeCommunicationListRequest.java",
            "/SOURCE_OUTPUT/io/b24rest/api/humanresources/NodeCommunicationListResult.java",
            "/SOURCE_OUTPUT/io/b24rest/api/humanresources/Communication.java",
            "/SOURCE_OUTPUT/io/b24rest/api/errors/RequestValidationException.java",
            "/SOURCE_OUTPUT/io/b24rest/api/errors/Bitrix24Errors.java",
            "/SOURCE_OUTPUT/io/b24rest/api/Bitrix24Methods.java");
  }

  @Test
  void brokenSpecFailsTheCompilationNamingFileAndLine(@TempDir Path specs) throws IOException {
    String seed = resource(SEED);
    assertThat(seed.lines().skip(11).findFirst().orElseThrow()).isEqualTo("    type: integer");
    write(specs.resolve(SEED), seed.replaceFirst("type: integer", "type: integr"));
    write(specs.resolve("bitrix24/spec/common-errors.yaml"), resource("bitrix24/spec/common-errors.yaml"));
    write(specs.resolve("broken/index.txt"), SEED + "\nbitrix24/spec/common-errors.yaml\n");

    Compilation compilation = compileWithIndex(specs, "broken/index.txt");

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    List<String> errors = SpecProcessorTest.messages(compilation.errors());
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith(SEED + ":12:11: ");
    assertThat(errors.get(0)).contains("integr");
  }

  @Test
  void indexEntryWithoutItsFileIsAClearError(@TempDir Path specs) throws IOException {
    write(specs.resolve("partial/index.txt"), SEED + "\nbitrix24/spec/humanresources/gone.yaml\n");

    Compilation compilation = compileWithIndex(specs, "partial/index.txt");

    assertThat(SpecProcessorTest.messages(compilation.errors()))
        .containsExactly(
            "the spec index 'partial/index.txt' lists 'bitrix24/spec/humanresources/gone.yaml', which is not"
                + " on the compile class path. Rebuild the spec module so that its index matches its files.");
  }

  @Test
  void basePackageOfTheAnnotationReceivesTheCode() {
    Compilation compilation =
        SpecProcessorTest.compile(
            SpecProcessorTest.anchor("@io.b24rest.core.GenerateFromSpecs(basePackage = \"com.example.bx\")"));

    assertThat(compilation.errors()).isEmpty();
    assertThat(compilation.generatedSourceFile("com.example.bx.humanresources.NodeCommunicationApi")).isPresent();
    assertThat(compilation.generatedSourceFile("com.example.bx.errors.Bitrix24Errors")).isPresent();
    assertThat(compilation.generatedSourceFile("com.example.bx.Bitrix24Methods")).isPresent();
  }

  /** Runs the processor on an anchor naming {@code index}, with {@code specs} first on the class path. */
  private static Compilation compileWithIndex(Path specs, String index) {
    return Compiler.javac()
        .withProcessors(new SpecProcessor())
        .withClasspath(classPathWith(specs))
        .compile(
            SpecProcessorTest.anchor("@io.b24rest.core.GenerateFromSpecs(index = \"" + index + "\")"));
  }

  private static List<File> classPathWith(Path first) {
    List<File> path = new ArrayList<>();
    path.add(first.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      path.add(new File(entry));
    }
    return path;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SpecProcessorSeedTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
