package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.TypeRef;
import java.util.Set;

/** Writes a named type of a scope as a top-level record (object types) or enum (enum types). */
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
            + "\n\n<p>Scope: {@code " + JavadocText.escape(named.scope()) + "}.";
    TypeSpec.Builder type;
    if (named.shape() instanceof TypeRef.InlineEnum inlineEnum) {
      type = EnumWriter.write(name, description, inlineEnum.values(), inlineEnum.numeric(), true).toBuilder();
    } else if (named.shape() instanceof TypeRef.InlineObject object) {
      type =
          records
              .write(
                  name,
                  description,
                  object.fields(),
                  named.scope(),
                  RecordWriter.Role.RESPONSE,
                  named.name(),
                  Set.of())
              .type();
    } else {
      throw new IllegalArgumentException(
          "named type " + named.name() + " at " + named.location() + " is neither an object nor an enum");
    }
    return GeneratedFiles.of(name.packageName(), type.build());
  }
}
