package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.TypeRef;
import java.util.Set;

/**
 * Writes a named type of a scope as a top-level record with a builder (object types, which both
 * answers and requests use) or as an open enum (enum types).
 */
final class NamedTypeWriter {
  private final ApiNames names;
  private final RecordWriter records;

  NamedTypeWriter(ApiNames names, RecordWriter records) {
    this.names = names;
    this.records = records;
  }

  JavaFile write(NamedType named) {
    ClassName name = names.namedType(named);
    String description =
        JavadocText.of(named.description())
            + "\n\n<p>Scope {@code " + JavadocText.escape(named.scope()) + "}.";
    TypeSpec.Builder type;
    if (named.shape() instanceof TypeRef.InlineEnum inlineEnum) {
      type = EnumWriter.write(name, description, inlineEnum.values(), inlineEnum.numeric()).toBuilder();
    } else if (named.shape() instanceof TypeRef.InlineObject object) {
      RecordWriter.Written written =
          records.write(
              name,
              description,
              object.fields(),
              named.scope(),
              RecordWriter.Role.NAMED,
              named.name(),
              Set.of(),
              Set.of());
      type = written.type();
      BuilderWriter.addTo(type, name, written.components(), named.name(), "");
    } else {
      throw new IllegalArgumentException(
          "named type " + named.name() + " at " + named.location() + " is neither an object nor an enum");
    }
    return GeneratedFiles.of(name.packageName(), type);
  }
}
