package io.b24rest.spectools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spectools.openapi.OpenApiDocument;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input gets one clear line on stderr and a non-zero exit, never a stack trace. */
class CommandLineTest {
  @TempDir static Path temp;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = SpecTools.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  static Stream<Arguments> badInput() throws IOException {
    Path notAPage = Files.writeString(temp.resolve("notes.md"), "Just some text, no title.\n");
    Path oldApi = SharedDocs.docs().resolve("api-reference/tasks/index.md");
    Path broken = Files.writeString(temp.resolve("broken.json"), "{\"openapi\": \"3.0.0\", \"paths\": {");
    Path otherApi = Files.writeString(temp.resolve("petstore.json"),
        "{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"Swagger Petstore\"},\"paths\":{\"/pets\":{}}}");
    Path out = temp.resolve("out");
    return Stream.of(
        Arguments.of("not a docs page", List.of("import-docs", notAPage.toString(), "--out", out.toString()), "not a docs page"),
        Arguments.of("a page of the old API", List.of("import-docs", oldApi.toString(), "--out", out.toString()), "not a REST 3.0 method page"),
        Arguments.of("a missing page", List.of("import-docs", temp.resolve("nope.md").toString(), "--out", out.toString()), "no such file"),
        Arguments.of("malformed JSON", List.of("import-openapi", broken.toString(), "--out", out.toString()), "not JSON"),
        Arguments.of("another API", List.of("import-openapi", otherApi.toString(), "--out", out.toString()), "another API"),
        Arguments.of("an unknown method", List.of("import-openapi", SharedDocs.openApi().toString(), "--method", "no.such.method", "--out", out.toString()), "no method no.such.method"),
        Arguments.of("drift on malformed JSON", List.of("drift", broken.toString()), "not JSON"),
        Arguments.of("drift on a bad webhook", List.of("drift", "--webhook", "http://example.com/rest/1/secretvalue123/"), "must use https"),
        Arguments.of("an unknown command", List.of("bogus"), "Unmatched argument"),
        Arguments.of("no --out", List.of("import-docs", notAPage.toString()), "--out"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void badInputIsOneLineAndAFailingExit(String what, List<String> args, String expected) {
    Run run = run(args.toArray(String[]::new));
    assertNotEquals(0, run.exit(), what);
    List<String> lines = run.err().lines().filter(line -> !line.startsWith("todo:")).toList();
    assertEquals(1, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith("error: "), run.err());
    assertTrue(lines.get(0).contains(expected), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    assertFalse(run.err().contains("secretvalue123"), "the webhook secret is not echoed: " + run.err());
  }

  @Test
  void driftListsExactlyTheMethodsNoSpecCovers() throws Exception {
    Run run = run("drift", SharedDocs.openApi().toString());
    Set<String> specs = SpecReader.readClassPath(getClass().getClassLoader(), "bitrix24/spec/index.txt")
        .model().orElseThrow().methods().stream().map(m -> m.name()).collect(Collectors.toSet());
    Set<String> uncovered = new TreeSet<>(OpenApiDocument.read(SharedDocs.openApi()).methods().keySet());
    uncovered.removeAll(specs);
    Set<String> listed = run.out().lines()
        .filter(line -> line.startsWith("not in the specs: "))
        .map(line -> line.substring("not in the specs: ".length()))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(uncovered, listed);
    assertEquals(run.out().lines().anyMatch(line -> line.contains(": ")) ? 1 : 0, run.exit(), run.err());
    assertTrue(run.out().lines().reduce((a, b) -> b).orElse("").startsWith(uncovered.size() + " method(s)"), run.out());
  }
}
