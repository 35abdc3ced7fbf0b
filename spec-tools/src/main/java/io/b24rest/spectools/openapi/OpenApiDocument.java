package io.b24rest.spectools.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.spectools.draft.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A portal's OpenAPI document ({@code rest.documentation.openapi}), read leniently: the PHP
 * quirks ({@code "properties": []}, {@code "responses": []}, arrays without {@code items},
 * {@code "type": "float"}, untyped properties) are tolerated here, once, so the importer and
 * {@code drift} see one shape.
 */
public final class OpenApiDocument {
  private final JsonNode root;
  private final Vocabulary vocabulary;

  private OpenApiDocument(JsonNode root) {
    this.root = root;
    this.vocabulary = Vocabulary.of(root);
  }

  /** The words the document separates, for splitting the names it runs together. */
  Vocabulary vocabulary() {
    return vocabulary;
  }

  public static OpenApiDocument read(Path file) throws OpenApiException {
    String name = file.getFileName().toString();
    JsonNode root;
    try {
      root = Json.exactMapper().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new OpenApiException(name + ": not JSON: " + firstLine(e.getMessage()));
    }
    return of(root, name);
  }

  public static OpenApiDocument of(JsonNode root, String name) throws OpenApiException {
    if (root == null || !root.isObject() || !root.path("openapi").isTextual()) {
      throw new OpenApiException(name + ": not an OpenAPI document (no 'openapi' version)");
    }
    if (!root.path("paths").isObject()) {
      throw new OpenApiException(name + ": the OpenAPI document has no 'paths'");
    }
    boolean bitrix = root.path("info").path("title").asText("").toLowerCase().contains("bitrix")
        || root.path("components").path("schemas").fieldNames().hasNext()
            && root.path("components").path("schemas").fieldNames().next().startsWith("bitrix.");
    if (!bitrix) {
      throw new OpenApiException(name + ": an OpenAPI document of another API (title '"
          + root.path("info").path("title").asText("") + "'), not of a Bitrix24 portal");
    }
    return new OpenApiDocument(root);
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  /** Method name to its operation, for every path that is a REST method ({@code /a.b}). */
  public Map<String, JsonNode> methods() {
    Map<String, JsonNode> methods = new LinkedHashMap<>();
    root.path("paths").properties().forEach(path -> {
      String name = path.getKey().startsWith("/") ? path.getKey().substring(1) : path.getKey();
      if (!name.contains(".")) {
        return;
      }
      JsonNode operation = path.getValue().has("post") ? path.getValue().get("post") : first(path.getValue());
      if (operation != null && operation.isObject()) {
        methods.put(name, operation);
      }
    });
    return methods;
  }

  private static JsonNode first(JsonNode node) {
    return node.elements().hasNext() ? node.elements().next() : null;
  }

  /** The request body schema of an operation, or empty. */
  public Optional<JsonNode> requestSchema(JsonNode operation) {
    return schema(operation.path("requestBody"));
  }

  /** The 200 answer's schema, or empty ({@code "responses": []} and the like). */
  public Optional<JsonNode> answerSchema(JsonNode operation) {
    JsonNode responses = operation.path("responses");
    if (!responses.isObject()) {
      return Optional.empty();
    }
    return schema(responses.path("200"));
  }

  private Optional<JsonNode> schema(JsonNode withContent) {
    JsonNode schema = withContent.path("content").path("application/json").path("schema");
    return schema.isObject() ? Optional.of(resolve(schema)) : Optional.empty();
  }

  /** A {@code $ref} resolved within the document; other schemas as they are. */
  public JsonNode resolve(JsonNode schema) {
    JsonNode at = schema;
    for (int hops = 0; hops < 8 && at.has("$ref"); hops++) {
      at = root.at(at.get("$ref").asText().replaceFirst("^#", ""));
    }
    return at;
  }

  /** The component schema {@code name} ({@code bitrix.rest.appdto}), or a missing node. */
  public JsonNode component(String name) {
    return root.path("components").path("schemas").path(name);
  }

  /** The component name a schema refers to ({@code bitrix.rest.appdto}), if it is a reference. */
  public static Optional<String> refName(JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    return ref.isEmpty() ? Optional.empty() : Optional.of(ref.substring(ref.lastIndexOf('/') + 1));
  }

  /** The properties of an object schema; {@code []} (a PHP empty array) and absence are empty. */
  public static Map<String, JsonNode> properties(JsonNode schema) {
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    JsonNode node = schema.path("properties");
    if (node.isObject()) {
      node.properties().forEach(entry -> properties.put(entry.getKey(), entry.getValue()));
    }
    return properties;
  }
}
