package io.b24rest.testkit;

import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spec.validation.SpecDiagnostic;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Reads the specs from the class path once per index, and says clearly when they are broken. */
final class SpecLoader {
  /** The index the {@code spec} module's build writes. */
  static final String DEFAULT_INDEX = "bitrix24/spec/index.txt";

  private static final Map<String, SpecModel> CACHE = new ConcurrentHashMap<>();

  private SpecLoader() {}

  /** The default specs: those on the testkit's own class path. */
  static SpecModel defaultSpecs() {
    return load(SpecLoader.class.getClassLoader(), DEFAULT_INDEX);
  }

  static SpecModel load(ClassLoader loader, String indexResource) {
    if (loader != SpecLoader.class.getClassLoader()) {
      return read(loader, indexResource);
    }
    // Reading and validating YAML costs more than starting a server: a test suite that starts
    // a portal per test reads the specs once.
    return CACHE.computeIfAbsent(indexResource, index -> read(loader, index));
  }

  private static SpecModel read(ClassLoader loader, String indexResource) {
    if (loader.getResource(indexResource) == null) {
      throw new IllegalStateException(
          "spec index " + indexResource + " is not on the class path; add the b24-spec artifact");
    }
    SpecReadResult result = SpecReader.readClassPath(loader, indexResource);
    return result
        .model()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the specs listed in "
                        + indexResource
                        + " have errors:\n"
                        + result.diagnostics().stream()
                            .map(SpecDiagnostic::format)
                            .collect(Collectors.joining("\n"))));
  }
}
