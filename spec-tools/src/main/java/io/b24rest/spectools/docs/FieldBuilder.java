package io.b24rest.spectools.docs;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.spectools.draft.DraftField;
import io.b24rest.spectools.draft.DraftValue;
import io.b24rest.spectools.yfm.Block;
import io.b24rest.spectools.yfm.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns table rows and example values into draft fields. Where the table and the JSON example
 * disagree the example wins (the brief's rule), and the field says so in a TODO.
 */
final class FieldBuilder {
  private static final Pattern DEFAULT =
      Pattern.compile("(?i)default(?: value)?(?: is|:)?\\s*[`\"]?([A-Za-z0-9_.-]+)[`\"]?");
  private final Section page;
  private final LinkedPages linked;
  /** Known values of the params ({@code select} lists fields with their meaning), by name. */
  private final Map<String, String> selectValues = new java.util.HashMap<>();

  FieldBuilder(Section page, LinkedPages linked) {
    this.page = page;
    this.linked = linked;
  }

  /** Remembers the values a param lists ({@code select}: the fields and what they mean). */
  void learnValues(DraftField param) {
    param.values.forEach(value -> selectValues.putIfAbsent(value.value(), value.description()));
  }

  /** A param from its table row; nested keys from the anchored table or the request example. */
  DraftField param(TableRow row, JsonNode example, int depth) {
    DraftField field = fromRow(row, example);
    field.required = row.required();
    Matcher defaultValue = DEFAULT.matcher(Markdown.plain(row.cell()));
    if (defaultValue.find() && !defaultValue.group(1).equalsIgnoreCase("value")) {
      field.defaultValue = defaultValue.group(1).replaceAll("[.,;]$", "");
    }
    if (field.isObject()) {
      List<TableRow> nested = nestedRows(row);
      JsonNode nestedExample = element(example);
      if (!nested.isEmpty() && depth < 4) {
        nested.forEach(n -> field.fields.add(param(n, nestedExample == null ? null : nestedExample.get(n.leaf()), depth + 1)));
      } else if (nestedExample != null && nestedExample.isObject()) {
        field.fields.addAll(fromExample(nestedExample, List.of(), depth + 1));
      }
      if (field.fields.isEmpty()) {
        field.type = field.type.equals("object") ? "map<any>" : "array<any>";
        field.todos.add("the page shows no keys of `" + row.name() + "`; typed as " + field.type);
      }
    }
    return field;
  }

  /** Fields of an object example, each described by the first unused row of {@code rows} that names it. */
  List<DraftField> fromExample(JsonNode object, List<TableRow> rows, int depth) {
    List<DraftField> fields = new ArrayList<>();
    Set<TableRow> used = new LinkedHashSet<>();
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      Optional<TableRow> row = rows.stream()
          .filter(r -> !used.contains(r) && r.leaf().equals(entry.getKey()))
          .findFirst();
      row.ifPresent(used::add);
      fields.add(resultField(entry.getKey(), entry.getValue(), row, rows, depth));
    }
    return fields;
  }

  private DraftField resultField(String name, JsonNode value, Optional<TableRow> row, List<TableRow> rows, int depth) {
    DraftField field = row.map(r -> fromRow(r, value)).orElseGet(() -> {
      String shown = DocsTypes.ofValue(value).orElse("any");
      DraftField guessed = new DraftField(name, shown.equals("array") ? arrayOf(value) : shown);
      String known = selectValues.get(name);
      if (known != null && !known.isBlank()) {
        guessed.description = capitalize(known);
      } else {
        guessed.todos.add("`" + name + "` is in the JSON example but described nowhere on the page; type read from the example");
      }
      return guessed;
    });
    field.name = name;
    if (value != null && value.isNull()) {
      field.nullable = true;
      if (field.type.equals("any") && row.isEmpty()) {
        field.todos.add("the example sends null and no table types `" + name + "`");
      }
    }
    if (depth > 6) {
      return field;
    }
    JsonNode element = element(value);
    if (field.type.equals("object") || field.type.equals("array<object>")) {
      if (element != null && element.isObject() && element.size() > 0) {
        List<TableRow> scope = new ArrayList<>(row.map(this::nestedRows).orElse(List.of()));
        row.ifPresent(r -> scope.addAll(linked.rows(r.cell())));
        scope.addAll(rows);
        field.fields.addAll(fromExample(element, scope, depth + 1));
      } else {
        field.type = field.type.equals("object") ? "map<any>" : "array<any>";
        field.todos.add("the example shows no keys of `" + name + "`; typed as " + field.type);
      }
    }
    return field;
  }

  /** A field typed from its row, the example deciding where the row's type says too little. */
  private DraftField fromRow(TableRow row, JsonNode example) {
    Optional<String> docsType = row.type().flatMap(DocsTypes::scalar);
    Optional<String> shown = DocsTypes.ofValue(example);
    String type;
    List<String> todos = new ArrayList<>();
    if (docsType.isEmpty()) {
      type = shown.map(t -> t.equals("array") ? arrayOf(example) : t).orElse("any");
      todos.add("the docs type `" + row.type().orElse("none") + "` of `" + row.name() + "` is not a spec type; "
          + (shown.isPresent() ? "typed from the example as " + type : "typed as any"));
    } else if (docsType.get().equals("array") && (example == null || example.isNull() || example.isArray())) {
      type = example != null && example.isArray() ? arrayOf(example) : "array<any>";
      if (type.equals("array<any>")) {
        todos.add("the page does not say what `" + row.name() + "` holds; typed as array<any>");
      }
    } else if (docsType.get().equals("object") && example != null && example.isArray()) {
      type = arrayOf(example);
      todos.add("the table types `" + row.name() + "` as object, the example sends an array; the spec follows the example");
    } else if (!DocsTypes.fits(docsType.get(), example)) {
      type = shown.map(t -> t.equals("array") ? arrayOf(example) : t).orElse(docsType.get());
      todos.add("the table types `" + row.name() + "` as " + docsType.get() + ", the example sends " + type
          + "; the spec follows the example");
    } else {
      type = docsType.get();
    }
    DraftField field = new DraftField(row.name(), type);
    field.description = Markdown.description(row.cell());
    field.docsText = Markdown.plain(row.cell());
    field.todos.addAll(todos);
    if (type.equals("string") || type.equals("array<string>")) {
      for (String[] value : Markdown.valueLines(row.cell())) {
        field.values.add(new DraftValue(value[0], value[1]));
      }
    }
    return field;
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String arrayOf(JsonNode array) {
    JsonNode first = element(array);
    if (first == null) {
      return "array<any>";
    }
    String element = DocsTypes.ofValue(first).orElse("any");
    return switch (element) {
      case "object" -> "array<object>";
      case "array" -> "array<any>";
      default -> "array<" + element + ">";
    };
  }

  /** The object to read keys from: the value itself, or the first element of an array. */
  private static JsonNode element(JsonNode value) {
    if (value != null && value.isArray()) {
      return value.size() > 0 ? value.get(0) : null;
    }
    return value;
  }

  /** The rows of the table that a row's type links to ({@code [`object`](#pagination)}). */
  List<TableRow> nestedRows(TableRow row) {
    Optional<Section> section = row.anchor().flatMap(page::anchor);
    if (section.isEmpty()) {
      section = page.find(title -> title.equalsIgnoreCase("Parameter " + row.name())
          || title.equalsIgnoreCase("Object " + row.name()));
    }
    return section.map(s -> s.blocks().stream()
            .filter(Block.Table.class::isInstance)
            .map(Block.Table.class::cast)
            .findFirst()
            .map(table -> TableRow.of(table.rows()))
            .orElse(List.of()))
        .orElse(List.of());
  }
}
