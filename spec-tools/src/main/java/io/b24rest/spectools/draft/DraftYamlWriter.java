package io.b24rest.spectools.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/**
 * Writes a {@link DraftMethod} as a format v2 spec file, each undecided point as a {@code # TODO:}
 * comment on the line before the key it is about, so a reviewer finds every one with a search.
 */
public final class DraftYamlWriter {
  private static final ObjectMapper JSON = Json.exactMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final String schemaPath;

  /**
   * @param schemaPath the folder of the JSON Schemas relative to where the file will live, ending
   *     in {@code /}, or {@code null} to write no schema line
   */
  public DraftYamlWriter(String schemaPath) {
    this.schemaPath = schemaPath;
  }

  public String write(DraftMethod draft) {
    StringBuilder out = new StringBuilder();
    schemaLine(out, "bitrix24-method.schema.json");
    out.append("spec: 2\n");
    out.append("method: ").append(draft.method).append('\n');
    out.append("scope: ").append(draft.scope).append('\n');
    todos(out, "", draft.kindTodos);
    out.append("kind: ").append(draft.kind).append('\n');
    todos(out, "", draft.accessTodos);
    out.append(YamlText.entry("", "access", draft.access));
    todos(out, "", draft.summaryTodos);
    out.append(YamlText.entry("", "summary", draft.summary));
    draft.descriptionText().ifPresent(text -> out.append(YamlText.entry("", "description", text)));
    out.append("docs: ").append(draft.docs).append('\n');
    if (!draft.notes.isEmpty()) {
      out.append(YamlText.entry("", "notes", String.join("\n", draft.notes) + "\n"));
    }
    if (draft.javaMethod != null) {
      out.append("java:\n  method: ").append(draft.javaMethod).append('\n');
    }
    out.append('\n');
    if (draft.params.isEmpty()) {
      out.append("params: []\n");
    } else {
      out.append("params:\n");
      draft.params.forEach(field -> field(out, "  ", field, true));
    }
    draft.paging.ifPresent(paging -> paging(out, paging));
    out.append("\nresult:\n");
    todos(out, "  ", draft.resultTodos);
    out.append(YamlText.entry("  ", "description", draft.resultDescription));
    if (draft.resultType != null) {
      out.append("  type: ").append(YamlText.scalar(draft.resultType)).append('\n');
    } else {
      out.append("  fields:\n");
      draft.resultFields.forEach(field -> field(out, "    ", field, false));
    }
    if (!draft.types.isEmpty()) {
      out.append("\ntypes:\n");
      draft.types.forEach(type -> type(out, "  ", type));
    }
    out.append('\n');
    todos(out, "", draft.errorTodos);
    if (draft.errors.isEmpty()) {
      out.append("errors: []\n");
    } else {
      out.append("errors:\n");
      draft.errors.forEach(error -> error(out, error));
    }
    out.append("\nexamples:\n");
    todos(out, "  ", draft.exampleTodos);
    if (draft.requestExample != null) {
      out.append("  request: ").append(draft.requestExample).append('\n');
    }
    if (draft.responses.isEmpty()) {
      out.append("  responses: []\n");
    } else {
      out.append("  responses:\n");
      draft.responses.forEach(example -> example(out, example));
    }
    return out.toString();
  }

  /** A {@code <scope>.types.yaml} file holding {@code types}. */
  public String writeTypes(String scope, List<DraftType> types) {
    StringBuilder out = new StringBuilder();
    schemaLine(out, "bitrix24-types.schema.json");
    out.append("spec: 2\nscope: ").append(scope).append("\n\ntypes:\n");
    types.forEach(type -> type(out, "  ", type));
    return out.toString();
  }

  private void schemaLine(StringBuilder out, String schema) {
    if (schemaPath != null) {
      out.append("# yaml-language-server: $schema=").append(schemaPath).append(schema).append('\n');
    }
  }

  private static void type(StringBuilder out, String indent, DraftType type) {
    todos(out, indent, type.todos);
    out.append(indent).append("- name: ").append(type.name).append('\n');
    out.append(YamlText.entry(indent + "  ", "description", type.description));
    out.append(indent).append("  fields:\n");
    type.fields.forEach(field -> field(out, indent + "    ", field, false));
  }

  private static void field(StringBuilder out, String indent, DraftField field, boolean param) {
    todos(out, indent, field.todos);
    String inner = indent + "  ";
    out.append(indent).append("- name: ").append(YamlText.scalar(field.name)).append('\n');
    out.append(inner).append("type: ").append(YamlText.scalar(field.type)).append('\n');
    if (field.required && param) {
      out.append(inner).append("required: true\n");
    }
    if (field.defaultValue != null && param) {
      out.append(inner).append("default: ").append(YamlText.quoted(field.defaultValue)).append('\n');
    }
    if (field.nullable) {
      out.append(inner).append("nullable: true\n");
    }
    out.append(YamlText.entry(inner, "description", field.description.isBlank() ? field.name : field.description));
    if (!field.values.isEmpty()) {
      out.append(inner).append("values:\n");
      for (DraftValue value : field.values) {
        out.append(inner).append("  - value: ").append(YamlText.quoted(value.value())).append('\n');
        out.append(YamlText.entry(inner + "    ", "description",
            value.description().isBlank() ? value.value() : value.description()));
      }
    }
    if (!field.fields.isEmpty()) {
      out.append(inner).append("fields:\n");
      field.fields.forEach(nested -> field(out, inner + "  ", nested, param));
    }
  }

  private static void paging(StringBuilder out, DraftPaging paging) {
    out.append("\npaging:\n");
    out.append("  style: ").append(paging.style()).append('\n');
    out.append("  param: ").append(paging.param()).append('\n');
    out.append("  items: ").append(paging.items()).append('\n');
    if (paging.maxLimit().isPresent()) {
      out.append("  maxLimit: ").append(paging.maxLimit().get()).append('\n');
    } else {
      out.append("  # TODO: the page states no maximum page size; set maxLimit\n");
    }
    paging.defaultLimit().ifPresent(limit -> out.append("  defaultLimit: ").append(limit).append('\n'));
    if (paging.style().equals("cursor")) {
      out.append("  cursorParam: afterCursor\n  nextCursor: nextCursor\n");
    }
  }

  private static void error(StringBuilder out, DraftError error) {
    out.append("  - code: ").append(YamlText.scalar(error.code())).append('\n');
    error.status().ifPresent(status -> out.append("    status: ").append(status).append('\n'));
    if (error.fields().size() == 1) {
      out.append("    field: ").append(YamlText.scalar(error.fields().get(0))).append('\n');
    } else if (error.fields().size() > 1) {
      out.append("    field: [")
          .append(String.join(", ", error.fields().stream().map(YamlText::scalar).toList()))
          .append("]\n");
    }
    out.append("    description: ").append(YamlText.quoted(error.description())).append('\n');
    out.append("    fix: ").append(YamlText.quoted(error.fix())).append('\n');
  }

  private static void example(StringBuilder out, DraftExample example) {
    out.append("    - status: ").append(example.status()).append('\n');
    out.append("      body: ").append(pretty(example.json()).replace("\n", "\n        ")).append('\n');
  }

  private static String pretty(String json) {
    try {
      JsonNode tree = JSON.readTree(json);
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      return json;
    }
  }

  private static void todos(StringBuilder out, String indent, List<String> todos) {
    for (String todo : todos) {
      out.append(indent).append("# TODO: ").append(todo.replace("\n", " ")).append('\n');
    }
  }
}
