package io.b24rest.spec.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code types} list of a method file or a types file. */
final class NamedTypeReader {
  private static final List<String> KEYS = List.of("name", "description", "fields", "values");
  private static final List<String> REQUIRED_KEYS = List.of("name", "description");

  private final SpecFile file;
  private final FieldReader fields;
  private final String scope;

  /** Types of the scope the file's folder names. */
  NamedTypeReader(SpecFile file) {
    this(file, file.folder());
  }

  /** Types of {@code scope}. */
  NamedTypeReader(SpecFile file, String scope) {
    this.file = file;
    this.fields = new FieldReader(file);
    this.scope = scope;
  }

  /** The types under {@code types} of {@code mapping}, none when the key is absent. */
  List<NamedTypeDraft> read(YamlMapping mapping) {
    List<NamedTypeDraft> types = new ArrayList<>();
    if (!mapping.has("types")) {
      return types;
    }
    for (Node item : mapping.list("types").orElse(List.of())) {
      YamlMapping.of(file, item, "a type").ifPresent(type -> types.add(readType(type)));
    }
    return types;
  }

  private NamedTypeDraft readType(YamlMapping type) {
    String label = type.peekText("name").map(n -> "type '" + n + "'").orElse("a type");
    type.expect(label, KEYS, REQUIRED_KEYS);
    if (type.has("fields") == type.has("values")) {
      String problem =
          type.has("fields")
              ? label + " has both 'fields' and 'values'"
              : label + " has neither 'fields' nor 'values'";
      file.report(
          type.has("values") ? type.keyLocation("values") : type.location(),
          problem,
          "give an object type 'fields' or an enum type 'values', not both");
    }
    return new NamedTypeDraft(
        fields.nonEmpty(type, "name", "write the type's UpperCamelCase name"),
        scope,
        type.text("description").map(Located::value).orElse(""),
        fields.readList(type, "fields", FieldReader.Role.TYPE_FIELD, Optional.of(label)),
        fields.readValues(type, label),
        type.location());
  }
}
