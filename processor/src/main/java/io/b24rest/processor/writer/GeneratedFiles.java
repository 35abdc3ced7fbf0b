package io.b24rest.processor.writer;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;

/** The one place that turns a top-level type into a file, so every file is formatted alike. */
final class GeneratedFiles {
  private GeneratedFiles() {}

  static JavaFile of(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }
}
