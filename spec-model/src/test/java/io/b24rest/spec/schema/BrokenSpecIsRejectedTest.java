package io.b24rest.spec.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.spec.reader.SpecFileKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schemas reject broken specs with messages that name the file, the line and the fault. */
class BrokenSpecIsRejectedTest {
  private static final String BROKEN_METHOD = "broken/humanresources.node.broken.yaml";
  private static final String BROKEN_TYPES = "broken/humanresources.types.yaml";

  private final SpecSchemaValidator validator = new SpecSchemaValidator();

  @Test
  void brokenMethodSpecReportsEveryMistakeWithItsLine() {
    List<String> violations = validator.validate(BROKEN_METHOD);
    String report = String.join("\n", violations);

    assertHas(violations, BROKEN_METHOD + ":6:7: /kind: ", "fetch", report);
    assertHas(violations, BROKEN_METHOD + ":11:11: /params/0/type: ", "pattern", report);
    assertHas(violations, BROKEN_METHOD + ":10:5: /params/0: ", "requred", report);
    assertHas(violations, BROKEN_METHOD + ":3:1: /: ", "summary", report);
    assertHas(violations, BROKEN_METHOD + ":24:13: /examples/responses/0/body: ", "result", report);
  }

  @Test
  void brokenTypesFileReportsTheTypeNameAndTheMissingMeaning() {
    List<String> violations = validator.validate(BROKEN_TYPES);
    String report = String.join("\n", violations);

    assertHas(violations, BROKEN_TYPES + ":5:11: /types/0/name: ", "pattern", report);
    assertHas(violations, BROKEN_TYPES + ":8:9: /types/0/values/0: ", "description", report);
  }

  @Test
  void theSchemaIsChosenByTheFileName() {
    assertEquals(SpecFileKind.CATALOGUE, SchemaFiles.kindOf("bitrix24/spec/common-errors.yaml"));
    assertEquals(
        SpecFileKind.TYPES,
        SchemaFiles.kindOf("bitrix24/spec/humanresources/humanresources.types.yaml"));
    assertEquals(
        SpecFileKind.METHOD,
        SchemaFiles.kindOf("bitrix24/spec/humanresources/humanresources.node.get.yaml"));
  }

  private static void assertHas(
      List<String> violations, String prefix, String mentions, String report) {
    assertTrue(
        violations.stream().anyMatch(v -> v.startsWith(prefix) && v.contains(mentions)),
        () -> "expected a violation starting with '" + prefix + "' mentioning '" + mentions
            + "' in:\n" + report);
  }
}
