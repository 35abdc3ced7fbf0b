package io.b24rest.spec.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.b24rest.spec.reader.SpecFileKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Validates spec files from the class path against the JSON Schemas the jar ships under
 * {@code bitrix24/schema/}, the same schemas IDEs use.
 */
final class SpecSchemaValidator {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Map<SpecFileKind, JsonSchema> schemas = new EnumMap<>(SpecFileKind.class);

  SpecSchemaValidator() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
    for (SpecFileKind kind : SpecFileKind.values()) {
      // Loaded from the class path so the relative $ref to bitrix24-common.schema.json resolves there.
      schemas.put(
          kind,
          factory.getSchema(
              SchemaLocation.of("classpath:bitrix24/schema/" + SchemaFiles.of(kind)), config));
    }
  }

  /**
   * Validates the class path resource {@code path} against the schema its file name selects.
   *
   * @return one line per violation, {@code path:line:column: pointer: message}, in file order;
   *     empty when the file conforms
   */
  List<String> validate(String path) {
    if (SpecSchemaValidator.class.getClassLoader().getResource(path) == null) {
      return List.of(path + ": listed in the index but not on the class path");
    }
    String yaml = read(path);
    JsonNode tree;
    YamlLocations locations;
    try {
      tree = YAML.readTree(yaml);
      locations = YamlLocations.of(yaml);
    } catch (JsonProcessingException e) {
      return List.of(path + ": not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (tree == null || tree.isMissingNode()) {
      return List.of(path + ": the file is empty");
    }
    List<ValidationMessage> messages =
        new ArrayList<>(schemas.get(SchemaFiles.kindOf(path)).validate(tree));
    messages.sort(Comparator.comparing(m -> m.getInstanceLocation().toString()));
    List<String> violations = new ArrayList<>();
    for (ValidationMessage message : messages) {
      String pointer = message.getInstanceLocation().toString();
      violations.add(
          path + ":" + locations.lineAndColumn(pointer) + ": " + (pointer.isEmpty() ? "/" : pointer)
              + ": " + describe(message));
    }
    return violations;
  }

  /** The validator's message without the pointer it repeats, with the value found. */
  private static String describe(ValidationMessage message) {
    String text = message.getMessage();
    String pointer = message.getInstanceLocation().toString();
    if (text.startsWith(pointer + ": ")) {
      text = text.substring(pointer.length() + 2);
    }
    // The type-expression pattern is long; the schema's description explains it instead.
    int pattern = text.indexOf("regex pattern ");
    if (pattern >= 0 && text.length() - pattern > 100) {
      text = text.substring(0, pattern) + "pattern of this key (see its description in the schema)";
    }
    JsonNode found = message.getInstanceNode();
    if (found != null && found.isValueNode()) {
      text += " (found: " + found.asText() + ")";
    }
    return text;
  }

  /** The text of a class path resource. */
  static String read(String path) {
    try (InputStream in = SpecSchemaValidator.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no class path resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
