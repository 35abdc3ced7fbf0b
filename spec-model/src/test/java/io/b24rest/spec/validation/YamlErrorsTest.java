package io.b24rest.spec.validation;

import static io.b24rest.spec.validation.SeedSpecs.METHOD;
import static io.b24rest.spec.validation.SeedSpecs.assertOnly;
import static io.b24rest.spec.validation.SeedSpecs.lineOf;
import static io.b24rest.spec.validation.SeedSpecs.method;
import static io.b24rest.spec.validation.SeedSpecs.readMethod;
import static io.b24rest.spec.validation.SeedSpecs.replaceOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.b24rest.spec.model.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text that is not YAML, or YAML a spec must not use: a diagnostic at the place, never an exception. */
class YamlErrorsTest {
  private static final String SYNTAX_FIX = "correct the YAML at this place (indent with spaces, quote text containing ': ' or '#')";

  @Test
  void unclosedFlowSequence() {
    String spec = replaceOnce(method(), "kind: read\n", "kind: [read\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        6,
        7,
        "YAML syntax error: expected ',' or ']', but got : (while parsing a flow sequence that starts at line 5, column 7)",
        SYNTAX_FIX);
  }

  @Test
  void tabIndentation() {
    String spec = replaceOnce(method(), "    required: true\n", "\trequired: true\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        13,
        1,
        "YAML syntax error: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)"
            + " (while scanning for the next token)",
        SYNTAX_FIX);
  }

  @Test
  void nullByte() {
    String spec = replaceOnce(method(), "summary: Returns", "summary: Ret\u0000urns");
    assertOnly(
        readMethod(spec),
        METHOD,
        7,
        13,
        "the file contains the character U+0000 which YAML does not allow",
        "remove the character or write it as an escape inside a double-quoted string");
  }

  @Test
  void hugeNesting() {
    String spec = "spec: 2\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    assertOnly(
        readMethod(spec),
        METHOD,
        2,
        4 + 63,
        "the YAML is nested more than 64 levels deep",
        "flatten the structure; a spec needs only a few levels");
  }

  @Test
  void alias() {
    String spec = replaceOnce(method(), "summary: Returns chats", "summary: &summary Returns chats") + "notes: *summary\n";
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "notes: *summary"),
        8,
        "YAML aliases (*name) are not supported in specs",
        "write the value out in full instead of referring to an anchor");
  }

  @Test
  void rootThatIsAList() {
    assertOnly(
        readMethod("- spec: 2\n- method: x\n"),
        METHOD,
        1,
        1,
        "the method must be a mapping of keys to values, not a list",
        "write it as 'key: value' lines");
  }

  @Test
  void emptyFile() {
    assertOnly(readMethod("# nothing yet\n"), METHOD, 1, 1, "the file holds no YAML document", "write the spec's keys, starting with 'spec: 2'");
  }

  @Test
  void secondDocument() {
    assertOnly(
        readMethod(method() + "---\nspec: 2\n"),
        METHOD,
        lineOf(method() + "---\n", "---\n"),
        1,
        "the file holds a second YAML document",
        "remove the '---' line and what follows; a spec file holds one document");
  }

  @Test
  void hugeFile() {
    assertOnly(
        readMethod("# " + "x".repeat(1_000_001)),
        METHOD,
        1,
        1,
        "the file is longer than 1000000 characters",
        "split it: a spec file describes one method, its types or the error catalogue");
  }

  @Test
  void exampleThatJsonCannotHold() {
    String spec = replaceOnce(method(), "  request: {\"id\": 15}", "  request: {\"id\": 15, \"id\": 16, \"x\": .inf}");
    int line = lineOf(spec, "request:");
    assertEquals(
        List.of(
            new SpecDiagnostic(new SourceLocation(METHOD, line, 23), "duplicate key 'id' in the request example", "remove one of the two keys"),
            new SpecDiagnostic(
                new SourceLocation(METHOD, line, 38),
                "the number '.inf' in the request example is not a JSON number",
                "write a JSON number such as 1, -2.5 or 1e3")),
        readMethod(spec).diagnostics());
  }
}
