package io.b24rest.spec.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schemas are valid draft-07 and help in an IDE: every object closes its properties (a typo
 * is flagged) and every property has a description (shown on hover and in completion).
 */
class SchemaQualityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bitrix24-common.schema.json",
        "bitrix24-method.schema.json",
        "bitrix24-types.schema.json",
        "bitrix24-common-types.schema.json",
        "bitrix24-errors.schema.json"
      })
  void schemaIsValidDraft07WithClosedObjectsAndDescribedProperties(String file)
      throws IOException {
    JsonNode schema = JSON.readTree(SpecSchemaValidator.read("bitrix24/schema/" + file));

    Set<ValidationMessage> metaViolations =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"))
            .validate(schema);
    assertEquals(Set.of(), metaViolations, file + " is not a valid draft-07 schema");

    List<String> problems = new ArrayList<>();
    inspect(schema, "", problems);
    assertEquals(List.of(), problems, () -> file + ":\n" + String.join("\n", problems));
  }

  private static void inspect(JsonNode node, String pointer, List<String> problems) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        inspect(node.get(i), pointer + "/" + i, problems);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode properties = node.get("properties");
    // Property lists inside if/then/else only narrow a schema declared elsewhere.
    boolean declaresObject = properties != null && node.has("type");
    JsonNode additional = node.path("additionalProperties");
    if (declaresObject && !(additional.isBoolean() && !additional.booleanValue())) {
      problems.add(pointer + ": additionalProperties must be false");
    }
    if (declaresObject) {
      for (Map.Entry<String, JsonNode> property : properties.properties()) {
        if (!property.getValue().hasNonNull("description")) {
          problems.add(pointer + "/properties/" + property.getKey() + ": no description");
        }
      }
    }
    for (Map.Entry<String, JsonNode> child : node.properties()) {
      inspect(child.getValue(), pointer + "/" + child.getKey(), problems);
    }
  }
}
