package io.b24rest.spec;

/** The three kinds of spec file, told apart by file name, each with its JSON Schema. */
enum SpecFileKind {
  ERRORS("bitrix24-errors.schema.json"),
  TYPES("bitrix24-types.schema.json"),
  COMMON_TYPES("bitrix24-common-types.schema.json"),
  METHOD("bitrix24-method.schema.json");

  private final String schemaFile;

  SpecFileKind(String schemaFile) {
    this.schemaFile = schemaFile;
  }

  /** The schema's file name, in {@code spec/schema/} and {@code bitrix24/schema/} of the jar. */
  String schemaFile() {
    return schemaFile;
  }

  /** The kind of the spec at {@code path}: the error catalogue, a types file or a method. */
  static SpecFileKind of(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (name.equals("common-errors.yaml")) {
      return ERRORS;
    }
    if (name.equals("common.types.yaml")) {
      return COMMON_TYPES;
    }
    return name.endsWith(".types.yaml") ? TYPES : METHOD;
  }
}
