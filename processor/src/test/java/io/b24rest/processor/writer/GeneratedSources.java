package io.b24rest.processor.writer;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.testsupport.CompiledClasses;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Writes a model to sources and compiles them in memory, the way javac would in {@code runtime}. */
final class GeneratedSources {
  static final String BASE = "io.b24rest.api";

  private GeneratedSources() {}

  static List<JavaFileObject> sources(SpecModel model) {
    List<JavaFileObject> sources = new ArrayList<>();
    List<JavaFile> files = new SpecWriter(BASE).write(model);
    for (JavaFile file : files) {
      sources.add(
          JavaFileObjects.forSourceString(SpecWriter.qualifiedName(file), GeneratedFiles.source(file)));
    }
    for (String packageName : GeneratedFiles.packages(files)) {
      sources.add(
          JavaFileObjects.forSourceString(
              packageName + ".package-info", GeneratedFiles.packageInfo(packageName)));
    }
    return sources;
  }

  /**
   * Compiles with every lint warning turned into an error: generated code must be warning-free,
   * and its Javadoc well-formed HTML with valid tags (doclint; only "missing comment" is off).
   */
  static Compilation compile(SpecModel model, JavaFileObject... extra) {
    List<JavaFileObject> sources = sources(model);
    sources.addAll(List.of(extra));
    return Compiler.javac().withOptions("-Xlint:all", "-Xdoclint:all,-missing", "-Werror", "--release", "17").compile(sources);
  }

  /** A class loader over the classes of a successful compilation, parent: the test's loader. */
  static ClassLoader classLoader(Compilation compilation) {
    return CompiledClasses.loader(compilation, GeneratedSources.class.getClassLoader());
  }
}
