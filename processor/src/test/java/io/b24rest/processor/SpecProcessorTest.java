package io.b24rest.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The processor as javac runs it: anchors, the index on the class path, and its errors. */
class SpecProcessorTest {

  @Test
  void missingIndexIsOneClearErrorNamingTheSpecDependency() {
    Compilation compilation =
        compile(
            anchor("@io.b24rest.core.GenerateFromSpecs(index = \"no/such/index.txt\")"));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(messages(compilation.errors()))
        .containsExactly(
            "the spec index 'no/such/index.txt' is not on the compile class path."
                + " Add the dependency io.b24rest:b24-spec to this module.");
  }

  @Test
  void secondAnchorIsAnError() {
    Compilation compilation =
        compile(
            JavaFileObjects.forSourceLines(
                "anchor.First",
                "package anchor;",
                "@io.b24rest.core.GenerateFromSpecs(index = \"no/such/index.txt\")",
                "final class First {}"),
            JavaFileObjects.forSourceLines(
                "anchor.Second",
                "package anchor;",
                "@io.b24rest.core.GenerateFromSpecs",
                "final class Second {}"));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(messages(compilation.errors()))
        .containsExactly(
            "@GenerateFromSpecs may annotate one element per compilation; anchor.First has it already."
                + " Remove it from anchor.Second.");
  }

  @Test
  void invalidBasePackageIsAnError() {
    Compilation compilation =
        compile(
            anchor("@io.b24rest.core.GenerateFromSpecs(basePackage = \"io.b24rest.my-api\")"));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(messages(compilation.errors()))
        .containsExactly("basePackage 'io.b24rest.my-api' of @GenerateFromSpecs is not a Java package name");
  }

  @Test
  void sourceWithoutAnchorGeneratesNothing() {
    Compilation compilation =
        compile(JavaFileObjects.forSourceLines("plain.Plain", "package plain;", "final class Plain {}"));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(compilation.generatedSourceFiles()).isEmpty();
  }

  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new SpecProcessor())
        // The build's own lint options: -Xlint:processing would only report the library
        // annotations of the generated code that no processor claims.
        .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror", "--release", "17")
        .compile(sources);
  }

  /** The class {@code anchor.Anchor}, annotated with {@code annotation}. */
  static JavaFileObject anchor(String annotation) {
    return JavaFileObjects.forSourceLines("anchor.Anchor", "package anchor;", annotation, "final class Anchor {}");
  }

  static List<String> messages(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream().map(d -> d.getMessage(null)).collect(Collectors.toList());
  }
}
