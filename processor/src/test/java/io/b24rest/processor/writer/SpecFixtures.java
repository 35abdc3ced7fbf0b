package io.b24rest.processor.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spec.reader.SpecSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Spec models read from YAML by the real reader, so that every fixture is a spec a writer could
 * meet: the seed spec (humanresources.node.communication.list) with its scope's types, and the
 * edge-case specs of {@code src/test/resources/edge-specs} (every type, names that need escaping,
 * text full of Javadoc specials, every v2 feature). Both come with the real error catalogue and
 * common types.
 */
final class SpecFixtures {
  static final String SEED_FILE = "bitrix24/spec/humanresources/humanresources.node.communication.list.yaml";
  static final String CATALOGUE = "bitrix24/spec/common-errors.yaml";
  static final String COMMON_TYPES = "bitrix24/spec/common.types.yaml";
  private static final String EDGE_ROOT = "edge-specs";

  private SpecFixtures() {}

  /** The seed method with the humanresources types, the catalogue and the common types. */
  static SpecModel seed() {
    return read(
        List.of(
            classPath(SEED_FILE),
            classPath("bitrix24/spec/humanresources/humanresources.types.yaml"),
            classPath(CATALOGUE),
            classPath(COMMON_TYPES)));
  }

  /**
   * The specs of the golden files: the seed and {@code humanresources.node.list} (a paged list of
   * a named type with a top-level enum), with the types, the catalogue and the common types.
   */
  static SpecModel golden() {
    return read(
        List.of(
            classPath(SEED_FILE),
            classPath("bitrix24/spec/humanresources/humanresources.node.list.yaml"),
            classPath("bitrix24/spec/humanresources/humanresources.types.yaml"),
            classPath(CATALOGUE),
            classPath(COMMON_TYPES)));
  }

  /** Every edge-case spec, with the catalogue and the common types. */
  static SpecModel edgeCases() {
    List<SpecSource> sources = new ArrayList<>(edgeSources());
    sources.add(classPath(CATALOGUE));
    sources.add(classPath(COMMON_TYPES));
    return read(sources);
  }

  /** {@code specs} (path to YAML, paths under {@code bitrix24/spec/}) with the catalogue and common types. */
  static SpecModel of(Map<String, String> specs) {
    return read(specs(specs));
  }

  /** What the reader says of {@code specs} with the catalogue and common types. */
  static SpecReadResult readResult(Map<String, String> specs) {
    return SpecReader.read(specs(specs));
  }

  private static List<SpecSource> specs(Map<String, String> specs) {
    List<SpecSource> sources = new ArrayList<>();
    specs.forEach((path, text) -> sources.add(new SpecSource("bitrix24/spec/" + path, text)));
    sources.add(classPath(CATALOGUE));
    sources.add(classPath(COMMON_TYPES));
    return sources;
  }

  /**
   * A valid method file of scope {@code x}: {@code params} and {@code result} are the YAML blocks
   * under those keys (indented by two), {@code extra} more top-level keys (paging, java, types).
   */
  static String method(String name, String kind, String params, String result, String extra) {
    return "spec: 2\nmethod: " + name + "\nscope: x\nkind: " + kind + "\naccess: Anyone.\n"
        + "summary: Does " + name + ".\ndocs: https://example.com/" + name + "\n"
        + "params:" + (params.isBlank() ? " []\n" : "\n" + params)
        + "result:\n  description: What " + name + " answers.\n" + result
        + extra
        + "errors: []\nexamples:\n  responses: []\n";
  }

  /** The docs' 200 answer of the seed, as its spec stores it. */
  static String seed200() {
    return seed().methods().get(0).responseExample(200).orElseThrow().json();
  }

  /** The docs' 400 answer of the seed. */
  static String seed400() {
    return seed().methods().get(0).responseExample(400).orElseThrow().json();
  }

  private static SpecModel read(List<SpecSource> sources) {
    SpecReadResult result = SpecReader.read(sources);
    assertEquals(List.of(), result.diagnostics(), "the fixture specs must be valid");
    return result.model().orElseThrow();
  }

  private static List<SpecSource> edgeSources() {
    try {
      Path root = Path.of(SpecFixtures.class.getClassLoader().getResource(EDGE_ROOT).toURI());
      try (Stream<Path> files = Files.walk(root)) {
        return files
            .filter(f -> f.toString().endsWith(".yaml"))
            .sorted()
            .map(f -> new SpecSource(root.relativize(f).toString().replace('\\', '/'), text(f)))
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SpecSource classPath(String resource) {
    try (InputStream in = SpecFixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test class path");
      }
      return new SpecSource(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
