package io.b24rest.testkit;

import io.b24rest.spec.compiled.ClassPathCompiledSpecs;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spec.validation.SpecDiagnostic;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Reads the specs from the class path once, and says clearly when they are broken. */
final class SpecLoader {
  private static final String EVERY_SPEC = "";

  private static final Map<String, SpecModel> CACHE = new ConcurrentHashMap<>();

  private SpecLoader() {}

  /**
   * The default specs: the compiled specs on the testkit's own class path, the library's and
   * those of projects with their own (see {@link ClassPathCompiledSpecs}). The processor
   * validated them when it generated their code, so no YAML is read here.
   */
  static SpecModel defaultSpecs() {
    // A test suite that starts a portal per test reads the specs once.
    return CACHE.computeIfAbsent(
        EVERY_SPEC, key -> ClassPathCompiledSpecs.read(SpecLoader.class.getClassLoader()));
  }

  static SpecModel load(ClassLoader loader, String indexResource) {
    if (loader != SpecLoader.class.getClassLoader()) {
      return read(loader, indexResource);
    }
    return CACHE.computeIfAbsent(indexResource, index -> read(loader, index));
  }

  private static SpecModel read(ClassLoader loader, String indexResource) {
    if (loader.getResource(indexResource) == null) {
      throw new IllegalStateException(
          "spec index " + indexResource + " is not on the class path; add the b24-spec artifact");
    }
    try {
      return checked(
          SpecReader.readClassPath(loader, indexResource), "the specs listed in " + indexResource);
    } catch (NoClassDefFoundError e) {
      // The YAML parser is optional: the default specs are compiled and need none.
      throw new IllegalStateException(
          "reading YAML specs at run time needs org.snakeyaml:snakeyaml-engine on the class path;"
              + " add it as a test dependency, or serve the compiled specs (the default)");
    }
  }

  private static SpecModel checked(SpecReadResult result, String what) {
    return result
        .model()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    what
                        + " have errors:\n"
                        + result.diagnostics().stream()
                            .map(SpecDiagnostic::format)
                            .collect(Collectors.joining("\n"))));
  }
}
