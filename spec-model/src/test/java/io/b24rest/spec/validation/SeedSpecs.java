package io.b24rest.spec.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.spec.model.SourceLocation;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spec.reader.SpecSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The seed spec and catalogue of module {@code spec}, and helpers to break them on purpose. */
final class SeedSpecs {
  static final String METHOD = "bitrix24/spec/humanresources/humanresources.node.communication.list.yaml";
  static final String CATALOGUE = "bitrix24/spec/common-errors.yaml";

  private SeedSpecs() {}

  static String method() {
    return resource(METHOD);
  }

  static String catalogue() {
    return resource(CATALOGUE);
  }

  /** A small valid method file of scope humanresources, with the given lines under {@code errors:}. */
  static String smallMethod(String name, String errors) {
    return "spec: 2\nmethod: " + name + "\nscope: humanresources\nkind: write\naccess: Anyone.\n"
        + "summary: Does something.\ndocs: https://apidocs.bitrix24.com/\nparams: []\n"
        + "result:\n  description: The outcome.\n  fields:\n    - name: done\n      type: boolean\n      description: Done.\n"
        + "errors:\n" + errors + "examples:\n  responses: []\n";
  }

  /** The path of a method file of scope humanresources. */
  static String methodPath(String name) {
    return "bitrix24/spec/humanresources/" + name + ".yaml";
  }

  /** {@code text} with the one occurrence of {@code from} replaced; fails if it is not exactly one. */
  static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    assertTrue(at >= 0, "not in the text: " + from);
    assertEquals(-1, text.indexOf(from, at + 1), "more than once in the text: " + from);
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  /** The 1-based line on which {@code fragment} first occurs. */
  static int lineOf(String text, String fragment) {
    int at = text.indexOf(fragment);
    assertTrue(at >= 0, "not in the text: " + fragment);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** Reads {@code methodText} as the seed method file, with the catalogue and {@code more} files. */
  static SpecReadResult readMethod(String methodText, SpecSource... more) {
    List<SpecSource> sources = new ArrayList<>(List.of(new SpecSource(METHOD, methodText), new SpecSource(CATALOGUE, catalogue())));
    sources.addAll(List.of(more));
    return SpecReader.read(sources);
  }

  /** Asserts that {@code result} has no model and exactly the one diagnostic given. */
  static void assertOnly(SpecReadResult result, String file, int line, int column, String problem, String fix) {
    assertEquals(
        List.of(new SpecDiagnostic(new SourceLocation(file, line, column), problem, fix)),
        result.diagnostics(),
        () -> "diagnostics:\n" + String.join("\n", result.diagnostics().stream().map(SpecDiagnostic::format).toList()));
    assertTrue(result.model().isEmpty(), "a model from a broken spec");
  }

  private static String resource(String path) {
    try (InputStream in = SeedSpecs.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("not on the test class path: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
