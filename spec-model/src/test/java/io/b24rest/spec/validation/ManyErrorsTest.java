package io.b24rest.spec.validation;

import static io.b24rest.spec.validation.SeedSpecs.CATALOGUE;
import static io.b24rest.spec.validation.SeedSpecs.METHOD;
import static io.b24rest.spec.validation.SeedSpecs.method;
import static io.b24rest.spec.validation.SeedSpecs.methodPath;
import static io.b24rest.spec.validation.SeedSpecs.replaceOnce;
import static io.b24rest.spec.validation.SeedSpecs.smallMethod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spec.reader.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several broken files: every problem of every file at once, in file and line order, and no model. */
class ManyErrorsTest {

  @Test
  void everyProblemOfEveryFileTogether() {
    String brokenMethod =
        replaceOnce(
            replaceOnce(method(), "    required: true\n", "    required: yes\n"), "kind: read\n", "kind: reed\n");
    String brokenCatalogue = replaceOnce(SeedSpecs.catalogue(), "    status: 405\n", "    status: 4050\n");
    String otherPath = methodPath("humanresources.node.delete");
    String unparsable = smallMethod("humanresources.node.delete", "  []\n").replace("kind: write\n", "kind: [write\n");
    String typesPath = "bitrix24/spec/humanresources/humanresources.types.yaml";
    String types = "spec: 2\nscope: humanresources\ntypes:\n  - name: node_kind\n    description: Kind.\n    values: []\n";

    // Given in another order than reported: the reader sorts by file, line and column.
    SpecReadResult result =
        SpecReader.read(
            List.of(
                new SpecSource(typesPath, types),
                new SpecSource(otherPath, unparsable),
                new SpecSource(METHOD, brokenMethod),
                new SpecSource(CATALOGUE, brokenCatalogue)));

    assertTrue(result.model().isEmpty());
    assertEquals(
        List.of(
            CATALOGUE + ":" + SeedSpecs.lineOf(brokenCatalogue, "status: 4050") + ":13: status 4050 of error 'ERROR_BATCH_METHOD_NOT_ALLOWED' is not an HTTP status",
            METHOD + ":5:7: unknown kind 'reed' of the method",
            METHOD + ":13:15: 'required' of param 'id' must be true or false, not 'yes'",
            otherPath + ":5:7: YAML syntax error: expected ',' or ']', but got : (while parsing a flow sequence that starts at line 4, column 7)",
            typesPath + ":4:11: type name 'node_kind' is not UpperCamelCase"),
        result.diagnostics().stream().map(d -> d.location() + ": " + d.problem()).toList());
  }
}
