package io.b24rest.spec.schema;

import io.b24rest.spec.reader.SpecFileKind;
import io.b24rest.spec.reader.SpecIndexFile;
import java.util.List;

/**
 * The JSON Schema of each kind of spec file (in the spec module's {@code schema/} folder and in
 * {@code bitrix24/schema/} of its jar), and the spec files the index lists: the reader's own rules
 * for telling the files apart, so that the schemas are checked against the files the reader sees.
 */
final class SchemaFiles {
  private SchemaFiles() {}

  /** The schema's file name for {@code kind}. */
  static String of(SpecFileKind kind) {
    return switch (kind) {
      case CATALOGUE -> "bitrix24-errors.schema.json";
      case TYPES -> "bitrix24-types.schema.json";
      case COMMON_TYPES -> "bitrix24-common-types.schema.json";
      case METHOD -> "bitrix24-method.schema.json";
    };
  }

  /** The kind of the spec at class path resource {@code path}. */
  static SpecFileKind kindOf(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return SpecFileKind.of(name)
        .orElseThrow(() -> new IllegalArgumentException("not a spec file: " + path));
  }

  /** Every spec file of the index ({@code bitrix24/spec/index.txt}), as class path resources. */
  static List<String> indexed() {
    return SpecIndexFile.entries(SpecSchemaValidator.read("bitrix24/spec/index.txt")).stream()
        .map(SpecIndexFile.Entry::path)
        .toList();
  }
}
