package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Adds a builder to a record a request carries (the request itself, its nested objects, named
 * types): {@code builder()}, {@code toBuilder()} and a {@code Builder} with one setter a
 * component, named after it, whose {@code build()} rejects a missing required param with {@code
 * Bitrix24RequestValidationException}.
 */
final class BuilderWriter {
  private BuilderWriter() {}

  /**
   * @param type the record being written
   * @param record its class name
   * @param components its components
   * @param context what names the record in error messages, for example the method name
   * @param path the dotted path of the record inside the request, empty at its root
   */
  static void addTo(
      TypeSpec.Builder type,
      ClassName record,
      List<RecordWriter.Component> components,
      String context,
      String path) {
    ClassName builder = record.nestedClass("Builder");
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder with nothing set.\n\n@return a new builder\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build());
    MethodSpec.Builder toBuilder =
        MethodSpec.methodBuilder("toBuilder")
            .addJavadoc("A builder set to this record's values, to derive another.\n\n"
                + "@return a new builder\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addStatement("$T builder = new $T()", builder, builder);
    for (RecordWriter.Component component : components) {
      toBuilder.addStatement("builder.$N = $N", component.name(), component.name());
    }
    type.addMethod(toBuilder.addStatement("return builder").build());
    type.addType(builderClass(record, builder, components, context, path));
  }

  private static TypeSpec builderClass(
      ClassName record,
      ClassName builderName,
      List<RecordWriter.Component> components,
      String context,
      String path) {
    boolean anyRequired = components.stream().anyMatch(c -> c.field().required());
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(builderName)
            .addJavadoc(
                "Builds a {@link $T}$L.\n",
                record,
                anyRequired ? "; {@link #build()} checks that every required param is set" : "")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build")
            .addJavadoc("The {@link $T} of the values set.\n\n@return a new record\n", record)
            .addModifiers(Modifier.PUBLIC)
            .returns(record);
    if (anyRequired) {
      build.addJavadoc("@throws $T if a required param is not set\n", KnownTypes.REQUEST_VALIDATION);
    }
    for (RecordWriter.Component component : components) {
      builder.addField(
          FieldSpec.builder(
                  KnownTypes.nullable(component.type()), component.name(), Modifier.PRIVATE)
              .build());
      builder.addMethod(
          MethodSpec.methodBuilder(component.name())
              .addJavadoc(
                  "Sets {@code $L}.\n\n@param $L $L\n@return this builder\n",
                  JavadocText.escape(component.field().name()),
                  component.name(),
                  FieldDocs.of(component.field()))
              .addModifiers(Modifier.PUBLIC)
              .returns(builderName)
              .addParameter(component.declared(), component.name())
              .addStatement("this.$N = $N", component.name(), component.name())
              .addStatement("return this")
              .build());
      if (component.field().required()) {
        build
            .beginControlFlow("if ($N == null)", component.name())
            .addStatement(
                "throw $T.missing($Z$S,$W$S)",
                KnownTypes.REQUEST_VALIDATION,
                context,
                path + component.field().name())
            .endControlFlow();
      }
    }
    CodeBlock arguments =
        components.stream()
            .map(c -> CodeBlock.of("$N", c.name()))
            .collect(CodeBlock.joining(",$W"));
    build.addStatement("return new $T($L)", record, arguments);
    return builder.addMethod(build.build()).build();
  }
}
