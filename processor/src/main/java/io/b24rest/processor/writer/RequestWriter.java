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
 * required param before any HTTP call, and withers that derive a copy with one param replaced. A method without params still gets an (empty) request
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
        "The params of {@code " + JavadocText.escape(method.name()) + "}, which "
            + JavadocText.decapitalized(JavadocText.sentence(method.summary()))
            + "\n\n<p>Build it with {@link #builder()}.";
    RecordWriter.Written written =
        records.write(
            name,
            description,
            method.params(),
            method.scope(),
            RecordWriter.Role.REQUEST,
            method.name(),
            Set.of(),
            Set.of());
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
            .addJavadoc(ApiInterfaceWriter.docsLink(method))
            .addMethods(withers(name, written));
    BuilderWriter.addTo(type, name, written.components(), method.name(), "");
    return GeneratedFiles.of(name.packageName(), type);
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
        written.components().stream()
            .map(c -> CodeBlock.of("$N", c.name()))
            .collect(CodeBlock.joining(",$W"));
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
              .addParameter(component.declared(), component.name())
              .addStatement("return new $T($L)", record, all)
              .build());
    }
    return withers;
  }
}
