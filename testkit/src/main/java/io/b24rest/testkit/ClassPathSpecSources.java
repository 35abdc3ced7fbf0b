package io.b24rest.testkit;

import io.b24rest.spec.reader.SpecSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every spec file on the class path: the library's (listed in {@value #LIBRARY_INDEX} of
 * {@code b24-spec}) and those of every project that generated code from its own specs (each such
 * jar or folder lists them in {@value #OWN_INDEX}, written by the spec processor). No set-up: a
 * project's own methods are served beside the library's as soon as its classes are on the class
 * path.
 */
final class ClassPathSpecSources {
  /** The index the {@code spec} module's build writes. */
  static final String LIBRARY_INDEX = "bitrix24/spec/index.txt";

  /** The index the processor writes beside a project's own generated code. */
  static final String OWN_INDEX = "META-INF/bitrix24/spec-index.txt";

  private ClassPathSpecSources() {}

  static List<SpecSource> find(ClassLoader loader) {
    URL library = loader.getResource(LIBRARY_INDEX);
    if (library == null) {
      throw new IllegalStateException(
          "spec index " + LIBRARY_INDEX + " is not on the class path; add the b24-spec artifact");
    }
    Set<String> paths = new LinkedHashSet<>(entries(library));
    try {
      for (URL own : Collections.list(loader.getResources(OWN_INDEX))) {
        paths.addAll(entries(own));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + OWN_INDEX + " on the class path", e);
    }
    List<SpecSource> sources = new ArrayList<>();
    for (String path : paths) {
      URL file = loader.getResource(path);
      if (file == null) {
        throw new IllegalStateException(
            "a spec index lists " + path + ", which is not on the class path; rebuild the module that holds it");
      }
      sources.add(new SpecSource(path, text(file)));
    }
    return sources;
  }

  /** The resources an index lists, one a line; blank lines and {@code #} comments skipped. */
  private static List<String> entries(URL index) {
    return text(index).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static String text(URL resource) {
    try (InputStream in = resource.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
