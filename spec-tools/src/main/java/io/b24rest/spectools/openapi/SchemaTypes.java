package io.b24rest.spectools.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.spectools.draft.DraftField;
import io.b24rest.spectools.draft.DraftType;
import io.b24rest.spectools.draft.DraftValue;
import io.b24rest.spectools.draft.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OpenAPI schemas as spec types: scalars by {@code type} and {@code format}, objects with their
 * properties, component references as named types of the scope (collected in {@link #types()}).
 * What the document leaves open becomes {@code any} with a TODO.
 */
final class SchemaTypes {
  private static final Set<String> RESERVED = Names.RESERVED_TYPE_NAMES;
  private final OpenApiDocument document;
  private final String scope;
  private final Map<String, DraftType> types = new LinkedHashMap<>();

  SchemaTypes(OpenApiDocument document, String scope) {
    this.document = document;
    this.scope = scope;
  }

  /** Every named type a field referred to, in the order first met. */
  List<DraftType> types() {
    return new ArrayList<>(types.values());
  }

  DraftField field(String name, JsonNode schema, boolean required, int depth) {
    DraftField field = new DraftField(name, "any");
    field.required = required;
    field.description = description(schema).orElse(name);
    if (depth == 0 && name.equals("filter") && schema.path("type").asText("").equals("array")) {
      // REST 3.0's filter is one syntax for every method (rest-v3.md); the document leaves it untyped.
      field.type = "filter";
      return field;
    }
    field.type = type(schema, field, depth);
    if (field.type.equals("array<string>") && schema.path("example").isArray()) {
      schema.get("example").forEach(value -> field.values.add(new DraftValue(value.asText(), value.asText())));
    }
    return field;
  }

  private String type(JsonNode schema, DraftField field, int depth) {
    Optional<String> ref = OpenApiDocument.refName(schema);
    if (ref.isPresent()) {
      return namedType(ref.get(), depth);
    }
    String type = schema.path("type").asText("");
    String format = schema.path("format").asText("");
    switch (type) {
      case "integer":
        return "integer";
      case "number":
      case "float":
      case "double":
        return "double";
      case "boolean":
        return "boolean";
      case "string":
        return format.equals("date-time") ? "datetime" : format.equals("date") ? "date" : "string";
      case "array":
        JsonNode items = schema.path("items");
        if (!items.isObject() || items.isEmpty()) {
          field.todos.add("the document does not say what `" + field.name + "` holds; typed as array<any>");
          return "array<any>";
        }
        DraftField element = new DraftField(field.name, "any");
        String elementType = type(items, element, depth);
        field.todos.addAll(element.todos);
        if (elementType.equals("object")) {
          field.fields.addAll(element.fields);
          return "array<object>";
        }
        return "array<" + elementType + ">";
      case "object":
        Map<String, JsonNode> properties = OpenApiDocument.properties(schema);
        if (properties.isEmpty() || depth > 5) {
          field.todos.add("the document gives no properties of `" + field.name + "`; typed as map<any>");
          return "map<any>";
        }
        List<String> required = requiredOf(schema);
        properties.forEach((key, value) -> field.fields.add(field(key, value, required.contains(key), depth + 1)));
        return "object";
      default:
        field.todos.add("the document gives `" + field.name + "` "
            + (type.isEmpty() ? "no type" : "the type '" + type + "'") + "; typed as any");
        return "any";
    }
  }

  private String namedType(String component, int depth) {
    List<String> unsplit = new ArrayList<>();
    String name = typeName(component, unsplit);
    if (!types.containsKey(component)) {
      DraftType type = new DraftType(name, "The " + component + " object of the portal's OpenAPI document.");
      types.put(component, type);
      JsonNode schema = document.component(component);
      List<String> required = requiredOf(schema);
      OpenApiDocument.properties(schema).forEach((key, value) ->
          type.fields.add(field(key, value, required.contains(key), depth + 1)));
      if (type.fields.isEmpty()) {
        type.todos.add("the document gives " + component + " no properties");
        type.fields.add(placeholder());
      }
      if (!unsplit.isEmpty()) {
        type.todos.add("type name " + name + " derived from the component " + component + "; the document"
            + " does not show the words of " + String.join(", ", unsplit) + ": split them if they run together");
      }
    }
    return types.get(component).name;
  }

  private static DraftField placeholder() {
    DraftField field = new DraftField("id", "any");
    field.description = "The document describes no fields; this placeholder keeps the type valid.";
    return field;
  }

  /**
   * {@code bitrix.rest.incomingwebhookdto} in scope rest is {@code IncomingWebhook}, split into the
   * words the document separates elsewhere (see {@link Vocabulary}); empty {@code unsplit} when
   * every part split.
   */
  private String typeName(String component, List<String> unsplit) {
    String name = component.replaceFirst("^bitrix\\.", "");
    String owner = name.contains(".") ? name.substring(0, name.indexOf('.')) : "";
    name = name.substring(name.indexOf('.') + 1).replaceFirst("dto$", "");
    String simple = words(name, unsplit);
    if (!owner.equals(scope) || RESERVED.contains(simple) || simple.isEmpty()) {
      simple = words(owner, unsplit) + simple;
    }
    return simple;
  }

  private String words(String run, List<String> unsplit) {
    Optional<List<String>> words = document.vocabulary().split(run.replaceAll("[^A-Za-z]", ""));
    if (words.isEmpty()) {
      unsplit.add(run);
      return Names.upperCamel(run);
    }
    return Names.upperCamel(String.join(".", words.get()));
  }

  private static List<String> requiredOf(JsonNode schema) {
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    return required;
  }

  private static Optional<String> description(JsonNode schema) {
    for (String key : List.of("title", "description")) {
      String text = schema.path(key).asText("").strip();
      if (!text.isEmpty()) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }
}
