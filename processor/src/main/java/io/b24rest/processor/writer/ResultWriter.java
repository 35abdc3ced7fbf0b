package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.TypeRef;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import io.b24rest.spec.model.MethodModel;
import java.util.Set;

/** Writes the result record of a method: the typed {@code result} of its answer. */
final class ResultWriter {
  private final ApiNames names;
  private final RecordWriter records;

  ResultWriter(ApiNames names, RecordWriter records) {
    this.names = names;
    this.records = records;
  }

  /**
   * The result record of a result of fields, or the top-level type of an inline object or enum at
   * the root of the result ({@code type: array<object>} with fields); nothing for a named type or
   * a scalar, which need no type of their own.
   */
  Optional<JavaFile> write(MethodModel method) {
    TypeRef shape = method.resultShape();
    if (shape instanceof TypeRef.InlineObject) {
      return Optional.of(successRecord(method).orElseGet(() -> record(method)));
    }
    return JavaTypes.inlineShape(shape).map(inline -> item(method, inline));
  }

  private JavaFile record(MethodModel method) {
    ClassName name = names.resultRecord(method);
    String description =
        "The result of {@code " + JavadocText.escape(method.name()) + "}: "
            + JavadocText.decapitalized(JavadocText.of(method.resultDescription()));
    var type =
        records
            .write(
                name,
                description,
                method.result(),
                method.scope(),
                RecordWriter.Role.RESPONSE,
                method.name(),
                Set.of(),
                method.paging().map(p -> Set.of(p.items())).orElse(Set.of()))
            .type()
            .addJavadoc(ApiInterfaceWriter.docsLink(method));
    return GeneratedFiles.of(name.packageName(), type);
  }

  /**
   * {@code {"result": {"result": true}}}: a record whose one component is {@code boolean
   * success()}, so that callers read {@code api.delete(request).result().success()}.
   */
  private Optional<JavaFile> successRecord(MethodModel method) {
    List<FieldModel> fields = method.result();
    if (fields.size() != 1
        || !fields.get(0).name().equals("result")
        || !fields.get(0).type().equals(new TypeRef.Scalar(ScalarType.BOOLEAN))) {
      return Optional.empty();
    }
    ClassName name = names.resultRecord(method);
    FieldModel field = fields.get(0);
    TypeSpec.Builder type =
        TypeSpec.recordBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(KnownTypes.ignoreUnknown())
            .addJavadoc(
                "The result of {@code $L}: $L\n\n<p>A missing or null {@code result} reads as"
                    + " false.\n\n@param success $L\n",
                JavadocText.escape(method.name()),
                JavadocText.decapitalized(JavadocText.of(method.resultDescription())),
                FieldDocs.of(field))
            .addJavadoc(ApiInterfaceWriter.docsLink(method))
            .recordConstructor(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(
                        ParameterSpec.builder(TypeName.BOOLEAN, "success")
                            .addAnnotation(KnownTypes.jsonProperty("result"))
                            .build())
                    .build());
    return Optional.of(GeneratedFiles.of(name.packageName(), type));
  }

  private JavaFile item(MethodModel method, TypeRef inline) {
    ClassName name = names.resultItem(method);
    String description =
        "One element of the result of {@code " + JavadocText.escape(method.name()) + "}: "
            + JavadocText.decapitalized(JavadocText.of(method.resultDescription()));
    TypeSpec.Builder type =
        inline instanceof TypeRef.InlineEnum inlineEnum
            ? EnumWriter.write(name, description, inlineEnum.values(), inlineEnum.numeric())
                .toBuilder()
            : records
                .write(
                    name,
                    description,
                    ((TypeRef.InlineObject) inline).fields(),
                    method.scope(),
                    RecordWriter.Role.RESPONSE,
                    method.name(),
                    Set.of(),
                    Set.of())
                .type();
    return GeneratedFiles.of(name.packageName(), type);
  }
}
