package io.b24rest.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

    assertHas(violations, BROKEN_METHOD + ":5:7: /kind: ", "fetch", report);
    assertHas(violations, BROKEN_METHOD + ":10:11: /params/0/type: ", "pattern", report);
    assertHas(violations, BROKEN_METHOD + ":9:5: /params/0: ", "requred", report);
    assertHas(violations, BROKEN_METHOD + ":2:1: /: ", "summary", report);
  }

  @Test
  void brokenTypesFileReportsTheTypeNameAndTheMissingMeaning() {
    List<String> violations = validator.validate(BROKEN_TYPES);
    String report = String.join("\n", violations);

    assertHas(violations, BROKEN_TYPES + ":5:11: /types/0/name: ", "pattern", report);
    assertHas(violations, BROKEN_TYPES + ":8:9: /types/0/values/0: ", "description", report);
  }

  @Test
  void aMethodSpecIsNotAcceptedAsATypesFile() {
    // The kind comes from the file name: a method body in a *.types.yaml file must not pass.
    List<String> violations = validator.validate(BROKEN_METHOD);
    assertTrue(!violations.isEmpty());
    assertTrue(
        SpecFileKind.of("bitrix24/spec/humanresources/humanresources.types.yaml")
            == SpecFileKind.TYPES);
    assertTrue(SpecFileKind.of("bitrix24/spec/common-errors.yaml") == SpecFileKind.ERRORS);
    assertTrue(
        SpecFileKind.of("bitrix24/spec/humanresources/humanresources.node.get.yaml")
            == SpecFileKind.METHOD);
  }

  private static void assertHas(
      List<String> violations, String prefix, String mentions, String report) {
    assertTrue(
        violations.stream().anyMatch(v -> v.startsWith(prefix) && v.contains(mentions)),
        () -> "expected a violation starting with '" + prefix + "' mentioning '" + mentions
            + "' in:\n" + report);
  }
}
