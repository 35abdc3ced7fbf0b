package io.b24rest.processor;

import io.b24rest.spec.compiled.CompiledSpecs;
import io.b24rest.spec.model.SpecModel;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/**
 * Writes the specs a compilation generated code from, validated, as {@value CompiledSpecs#RESOURCE}
 * into its class output: the testkit serves every such file on the class path (the library's in
 * {@code b24-runtime}, a project's own in its jar) with Jackson alone, so no YAML parser reaches a
 * consumer's class path.
 */
final class CompiledSpecFile {
  private CompiledSpecFile() {}

  /** Writes {@code model}, the methods, types and error codes this module declares. */
  static void write(Filer filer, SpecModel model, Element anchor) throws IOException {
    try (Writer out =
        filer.createResource(StandardLocation.CLASS_OUTPUT, "", CompiledSpecs.RESOURCE, anchor).openWriter()) {
      out.write(CompiledSpecs.toJson(model));
    }
  }
}
