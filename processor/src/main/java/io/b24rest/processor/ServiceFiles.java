package io.b24rest.processor;

import io.b24rest.processor.writer.ApiNames;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/**
 * The resources that let the runtime and the testkit find a generated API without knowing its
 * package: the {@code ServiceLoader} entries of its registries and, for a project's own specs,
 * the list of those specs.
 */
final class ServiceFiles {
  /** Lists a project's own spec files, one class path resource a line; the testkit reads all. */
  static final String OWN_SPEC_INDEX = "META-INF/bitrix24/spec-index.txt";

  private ServiceFiles() {}

  static void writeRegistries(Filer filer, ApiNames names, Element anchor) throws IOException {
    write(filer, "META-INF/services/io.b24rest.core.spi.MethodRegistry", List.of(names.methodRegistry().canonicalName()), anchor);
    write(filer, "META-INF/services/io.b24rest.core.spi.ErrorRegistry", List.of(names.errorRegistry().canonicalName()), anchor);
  }

  static void writeOwnSpecIndex(Filer filer, List<String> specs, Element anchor) throws IOException {
    write(filer, OWN_SPEC_INDEX, specs, anchor);
  }

  private static void write(Filer filer, String resource, List<String> lines, Element anchor)
      throws IOException {
    try (Writer out =
        filer.createResource(StandardLocation.CLASS_OUTPUT, "", resource, anchor).openWriter()) {
      for (String line : lines) {
        out.write(line);
        out.write('\n');
      }
    }
  }
}
