package io.b24rest.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.b24rest.spec.model.MethodModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the request record of a method, with a builder whose {@code build()} rejects a missing
 * required param before any HTTP call. A method without params still gets an (empty) request
 * record, so that every API method has the same shape.
 */
final class RequestWriter {
  private final ApiNames names;
  private final RecordWriter records;

  RequestWriter(ApiNames names, RecordWriter records) {
    this.names = names;
    this.records = records;
  }

  JavaFile write(MethodModel method) {
    ClassName name = names.request(method);
    String description =
        "The params of {@code " + JavadocText.escape(method.name()) + "}: "
            + JavadocText.of(method.summary())
            + "\n\n<p>Scope {@code " + JavadocText.escape(method.scope()) + "}. Build it with {@link #builder()}.";
    RecordWriter.Written written =
        records.write(
            name, description, method.params(), method.scope(), RecordWriter.Role.REQUEST, method.name(), Set.of());
    ClassName builderName = name.nestedClass("Builder");
    TypeName result = names.result(method);
    TypeSpec.Builder type =
        written
            .type()
            .addSuperinterface(ParameterizedTypeName.get(KnownTypes.BITRIX24_REQUEST, result))
            .addMethod(
                MethodSpec.methodBuilder("methodName")
                    .addJavadoc("@return {@code $L}\n", JavadocText.escape(method.name()))
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement("return $S", method.name())
                    .build())
            .addMethod(resultType(result, names.resultClass(method)))
            .addMethod(
                MethodSpec.methodBuilder("builder")
                    .addJavadoc("A builder with no param set.\n\n@return a new builder\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builderName)
                    .addStatement("return new $T()", builderName)
                    .build())
            .addJavadoc(ApiInterfaceWriter.docsLink(method))
            .addMethods(withers(name, written))
            .addType(builder(method, name, builderName, written));
    return GeneratedFiles.of(name.packageName(), type.build());
  }

  /**
   * {@code resultType()}: the result's class; for a generic result ({@code List<Message>}) its raw
   * class, which the cast gives the request's type argument (the elements are typed by the
   * interface method's return type).
   */
  private static MethodSpec resultType(TypeName result, TypeName raw) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("resultType")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Class.class), result));
    if (result.equals(raw)) {
      return method.addJavadoc("@return {@code $T.class}\n", raw).addStatement("return $T.class", raw).build();
    }
    return method
        .addJavadoc("@return {@code $T.class}, typed as the result\n", raw)
        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build())
        .addStatement("return ($T) ($T<?>) $T.class", ParameterizedTypeName.get(ClassName.get(Class.class), result), Class.class, raw)
        .build();
  }

  /**
   * {@code withPagination(...)} and the like: a copy with one param replaced, so that a paging
   * loop or a retry can derive requests from one built request.
   */
  private static List<MethodSpec> withers(ClassName record, RecordWriter.Written written) {
    List<MethodSpec> withers = new ArrayList<>();
    CodeBlock all =
        written.components().stream().map(c -> CodeBlock.of("$N", c.name())).collect(CodeBlock.joining(", "));
    for (RecordWriter.Component component : written.components()) {
      withers.add(
          MethodSpec.methodBuilder("with" + JavaNames.upperCamel(component.name()))
              .addJavadoc(
                  "A copy of this request with {@code $L} replaced.\n\n@param $L $L\n@return the copy\n",
                  JavadocText.escape(component.field().name()),
                  component.name(),
                  FieldDocs.of(component.field()))
              .addModifiers(Modifier.PUBLIC)
              .returns(record)
              .addParameter(KnownTypes.nullable(component.type()), component.name())
              .addStatement("return new $T($L)", record, all)
              .build());
    }
    return withers;
  }

  private static TypeSpec builder(
      MethodModel method, ClassName record, ClassName builderName, RecordWriter.Written written) {
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(builderName)
            .addJavadoc("Builds a {@link $T}; {@link #build()} checks that every required param is set.\n", record)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    boolean anyRequired = written.components().stream().anyMatch(c -> c.field().required());
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build")
            .addJavadoc("The request.\n\n@return the request\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(record);
    if (anyRequired) {
      build.addJavadoc("@throws IllegalStateException if a required param is not set\n");
    }
    for (RecordWriter.Component component : written.components()) {
      TypeName nullableType = KnownTypes.nullable(component.type());
      builder.addField(FieldSpec.builder(nullableType, component.name(), Modifier.PRIVATE).build());
      MethodSpec.Builder setter =
          MethodSpec.methodBuilder(component.name())
              .addJavadoc(
                  "Sets {@code $L}.\n\n@param $L $L\n@return this builder\n",
                  JavadocText.escape(component.field().name()),
                  component.name(),
                  FieldDocs.of(component.field()))
              .addModifiers(Modifier.PUBLIC)
              .returns(builderName)
              .addParameter(nullableType, component.name());
      if (JavaTypes.collectionKind(component.field().type()).isPresent()) {
        setter.addStatement(
            "this.$N = $N == null ? null : $T.copyOf($N)",
            component.name(),
            component.name(),
            RecordWriter.collectionClass(component.field().type()),
            component.name());
      } else {
        setter.addStatement("this.$N = $N", component.name(), component.name());
      }
      builder.addMethod(setter.addStatement("return this").build());
      if (component.field().required()) {
        build
            .beginControlFlow("if ($N == null)", component.name())
            .addStatement(
                "throw new $T($S)",
                IllegalStateException.class,
                RecordWriter.missing(method.name(), component.field())
                    + "; set it with " + component.name() + "(...)")
            .endControlFlow();
      }
    }
    CodeBlock arguments =
        written.components().stream()
            .map(c -> CodeBlock.of("$N", c.name()))
            .collect(CodeBlock.joining(", "));
    build.addStatement("return new $T($L)", record, arguments);
    return builder.addMethod(build.build()).build();
  }
}
