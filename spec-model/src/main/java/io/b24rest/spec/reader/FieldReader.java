package io.b24rest.spec.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads lists of params and fields, with their nested fields and enum values. */
final class FieldReader {
  private static final List<String> KEYS =
      List.of(
          "name", "type", "required", "default", "nullable", "presence", "description", "values",
          "fields", "format", "relation");
  private static final List<String> REQUIRED_KEYS = List.of("name", "type", "description");
  /** Keys that apply where a field is sent: params and fields of named types (used as params). */
  private static final List<String> PARAM_ONLY_KEYS = List.of("required", "default");

  /** What the fields describe, which decides how they are named and whether params' keys apply. */
  enum Role {
    PARAM("param"),
    RESULT("result field"),
    TYPE_FIELD("field");

    private final String noun;

    Role(String noun) {
      this.noun = noun;
    }
  }

  private final SpecFile file;

  FieldReader(SpecFile file) {
    this.file = file;
  }

  /**
   * Reads the list under {@code key} of {@code mapping}.
   *
   * @param owner how messages name the owner of nested fields, or empty for top-level lists
   */
  Optional<Located<List<FieldDraft>>> readList(YamlMapping mapping, String key, Role role, Optional<String> owner) {
    return mapping
        .list(key)
        .map(items -> new Located<>(readItems(items, role, owner), mapping.keyLocation(key)));
  }

  private List<FieldDraft> readItems(List<Node> items, Role role, Optional<String> owner) {
    List<FieldDraft> fields = new ArrayList<>();
    for (Node item : items) {
      read(item, role, owner).ifPresent(fields::add);
    }
    return fields;
  }

  private Optional<FieldDraft> read(Node node, Role role, Optional<String> owner) {
    String unnamed = owner.map(o -> "a field of " + o).orElse("a " + role.noun);
    Optional<YamlMapping> found = YamlMapping.of(file, node, unnamed);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping mapping = found.get();
    String label =
        mapping
            .peekText("name")
            .filter(n -> !n.isEmpty())
            .map(n -> owner.map(o -> "field '" + n + "' of " + o).orElse(role.noun + " '" + n + "'"))
            .orElse(unnamed);
    mapping.expect(label, KEYS, REQUIRED_KEYS);
    if (role == Role.RESULT) {
      for (String key : PARAM_ONLY_KEYS) {
        if (mapping.has(key)) {
          file.report(
              mapping.keyLocation(key),
              "'" + key + "' applies to params and fields of named types, not to " + label,
              "remove '" + key + "'; use 'presence' to say when the field is returned");
        }
      }
    }
    Located<String> name = nonEmpty(mapping, "name", "write the JSON name exactly as on the wire");
    Located<String> type = nonEmpty(mapping, "type", "write a type such as integer, string or array<T>");
    // Nested fields of a param are params too: a request may require them. Nested fields of a
    // result are result fields.
    Role nested = role;
    Optional<Located<List<EnumValueDraft>>> values = readValues(mapping, label);
    Optional<Located<List<FieldDraft>>> fields = readList(mapping, "fields", nested, Optional.of(label));
    boolean shapeUnreadable = mapping.has("values") && values.isEmpty() || mapping.has("fields") && fields.isEmpty();
    return Optional.of(
        new FieldDraft(
            label,
            name,
            type,
            mapping.bool("required").map(Located::value).orElse(false),
            mapping.bool("nullable").map(Located::value).orElse(false),
            mapping.text("default").map(Located::value),
            mapping.text("presence").map(Located::value),
            mapping.text("description").map(Located::value).orElse(""),
            values,
            fields,
            shapeUnreadable,
            mapping.location(),
            mapping.text("format"),
            mapping.bool("relation")));
  }

  /** The {@code values} of an enum field or type. */
  Optional<Located<List<EnumValueDraft>>> readValues(YamlMapping mapping, String owner) {
    return mapping
        .list("values")
        .map(
            items -> {
              List<EnumValueDraft> values = new ArrayList<>();
              for (Node item : items) {
                YamlMapping.of(file, item, "a value of " + owner)
                    .ifPresent(
                        value -> {
                          String label =
                              value.peekText("value").map(v -> "value '" + v + "' of " + owner).orElse("a value of " + owner);
                          value.expect(label, List.of("value", "description"), List.of("value"));
                          values.add(
                              new EnumValueDraft(
                                  nonEmpty(value, "value", "write the value exactly as on the wire"),
                                  value.text("description").map(Located::value).orElse(""),
                                  value.location(),
                                  value.isInteger("value")));
                        });
              }
              return new Located<>(values, mapping.keyLocation("values"));
            });
  }

  /**
   * The text of {@code key}, reporting it when it is empty; empty text when absent (the missing
   * key is reported by {@link YamlMapping#expect}).
   */
  Located<String> nonEmpty(YamlMapping mapping, String key, String fix) {
    Optional<Located<String>> text = mapping.text(key);
    if (text.isPresent() && text.get().value().isBlank()) {
      file.report(text.get().location(), "'" + key + "' of " + mapping.what() + " is empty", fix);
      return new Located<>("", text.get().location());
    }
    return text.orElse(new Located<>("", mapping.location()));
  }
}
