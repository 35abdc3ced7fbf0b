package io.b24rest.spectools.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.b24rest.spectools.draft.DraftExample;
import io.b24rest.spectools.draft.DraftField;
import io.b24rest.spectools.draft.DraftMethod;
import io.b24rest.spectools.draft.DraftType;
import io.b24rest.spectools.draft.Json;
import io.b24rest.spectools.draft.PagingRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Drafts specs from a portal's OpenAPI document: params from the request properties, the result
 * from the 200 schema, named types from the component schemas, and an example answer shaped like
 * the result. The document says nothing of kind, access, errors or examples: each is a TODO.
 */
public final class OpenApiImporter {
  private static final Set<String> READ_ACTIONS = Set.of("get", "list", "search", "count", "getbyclientid", "openapi");
  private final OpenApiDocument document;
  private final Map<String, SchemaTypes> scopes = new java.util.TreeMap<>();

  public OpenApiImporter(OpenApiDocument document) {
    this.document = document;
  }

  /** The named types of each scope met so far, for its {@code <scope>.types.yaml}. */
  public Map<String, List<DraftType>> types() {
    Map<String, List<DraftType>> types = new java.util.TreeMap<>();
    scopes.forEach((scope, schemaTypes) -> {
      if (!schemaTypes.types().isEmpty()) {
        types.put(scope, schemaTypes.types());
      }
    });
    return types;
  }

  public DraftMethod read(String method, JsonNode operation) {
    String scope = method.substring(0, method.indexOf('.'));
    DraftMethod draft = new DraftMethod(method, scope);
    SchemaTypes types = scopes.computeIfAbsent(scope, s -> new SchemaTypes(document, s));
    draft.docs = "https://apidocs.bitrix24.com/api-reference/rest-v3.html";
    draft.notes.add("Drafted by import-openapi from the portal's OpenAPI document (rest.documentation.openapi).");
    draft.notes.add("No docs page describes this method; the document gives no kind, access, errors or examples,");
    draft.notes.add("so the example answer is shaped from the document's result schema.");
    draft.summary = text(operation, "summary").or(() -> text(operation, "description"))
        .orElse("Calls " + method + ".");
    if (text(operation, "summary").isEmpty()) {
      draft.summaryTodos.add("the document has no summary; docs links to the REST 3.0 overview, as no page exists");
    }
    draft.access = "A user of an application or webhook with the `" + scope + "` scope.";
    draft.accessTodos.add("the document does not say who may call the method, nor which permission scope it needs");
    String action = draft.action().toLowerCase(Locale.ROOT);
    draft.kind = READ_ACTIONS.contains(action) || method.contains(".field.") ? "read" : "write";
    draft.kindTodos.add("the document does not say whether the method changes data; drafted as " + draft.kind
        + " from its name");
    params(operation, types, draft);
    result(method, operation, types, draft);
    PagingRules.apply(draft);
    draft.errorTodos.add("the document lists no errors; add those the portal answers with");
    return draft;
  }

  private void params(JsonNode operation, SchemaTypes types, DraftMethod draft) {
    Optional<JsonNode> schema = document.requestSchema(operation);
    if (schema.isEmpty()) {
      return;
    }
    Set<String> required = new HashSet<>();
    schema.get().path("required").forEach(name -> required.add(name.asText()));
    ObjectNode request = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    ExampleAnswer shapes = new ExampleAnswer(document);
    OpenApiDocument.properties(schema.get()).forEach((name, property) -> {
      draft.params.add(types.field(name, property, required.contains(name), 0));
      if (property.has("example") || required.contains(name)) {
        request.set(name, shapes.value(property, new HashSet<>(), 0));
      }
    });
    if (!request.isEmpty()) {
      draft.requestExample = Json.compact(request);
      draft.exampleTodos.add("the request example is made of the document's property examples");
    }
  }

  private void result(String method, JsonNode operation, SchemaTypes types, DraftMethod draft) {
    JsonNode result = document.answerSchema(operation)
        .map(schema -> OpenApiDocument.properties(schema).get("result"))
        .orElse(null);
    draft.resultDescription = "The result of " + method + ".";
    ExampleAnswer shapes = new ExampleAnswer(document);
    if (result == null) {
      draft.resultType = "any";
      draft.resultTodos.add("the document declares no result; typed as any");
      draft.responses.add(new DraftExample(200, Json.compact(shapes.answer(
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()))));
      return;
    }
    JsonNode resolved = document.resolve(result);
    boolean array = resolved.path("type").asText("").equals("array");
    if (array && draft.action().equals("list")) {
      // The document declares list results as a bare array; the portal answers {"items": [...]}.
      DraftField items = types.field("items", result, false, 0);
      items.description = "The records of the page.";
      draft.resultFields.add(items);
      draft.notes.add("The document declares the result as a bare array; list methods answer `items`, as the spec says.");
      ObjectNode wrapped = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      wrapped.set("items", shapes.value(result, new HashSet<>(), 0));
      draft.responses.add(new DraftExample(200, Json.compact(answer(shapes, wrapped))));
      return;
    }
    DraftField field = types.field("result", result, false, 0);
    if (field.type.equals("object")) {
      draft.resultFields.addAll(field.fields);
    } else {
      draft.resultType = field.type.equals("array<object>") ? "array<any>" : field.type;
      draft.resultTodos.addAll(field.todos);
    }
    draft.responses.add(new DraftExample(200, Json.compact(shapes.answer(result))));
  }

  private static ObjectNode answer(ExampleAnswer shapes, ObjectNode result) {
    ObjectNode answer = shapes.answer(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
    answer.set("result", result);
    return answer;
  }

  private static Optional<String> text(JsonNode operation, String key) {
    String text = operation.path(key).asText("").strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** Methods of the document, optionally only those named. */
  public List<String> methodNames(List<String> only) {
    List<String> names = new ArrayList<>(document.methods().keySet());
    if (only != null && !only.isEmpty()) {
      names.retainAll(only);
    }
    return names;
  }
}
