package io.b24rest.spec.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every spec file the build indexes conforms to the JSON Schema of its kind. */
class SpecFilesConformToSchemaTest {
  private final SpecSchemaValidator validator = new SpecSchemaValidator();

  @Test
  void everyIndexedSpecFileConformsToItsSchema() {
    List<String> files = SchemaFiles.indexed();
    assertTrue(files.contains("bitrix24/spec/common-errors.yaml"), "index lists " + files);
    assertTrue(
        files.contains(
            "bitrix24/spec/humanresources/humanresources.node.communication.list.yaml"),
        "index lists " + files);

    List<String> violations = new ArrayList<>();
    for (String file : files) {
      violations.addAll(validator.validate(file));
    }
    assertEquals(
        List.of(),
        violations,
        () -> violations.size() + " schema violations:\n" + String.join("\n", violations));
  }
}
