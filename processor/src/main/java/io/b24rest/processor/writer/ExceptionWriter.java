package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.b24rest.spec.model.ErrorCode;
import javax.lang.model.element.Modifier;

/** Writes the exception class of one error code. */
final class ExceptionWriter {
  private final ApiNames names;

  ExceptionWriter(ApiNames names) {
    this.names = names;
  }

  JavaFile write(ErrorCode code) {
    ClassName name = names.exception(code);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .superclass(KnownTypes.API_EXCEPTION)
            .addJavadoc(
                "$L\n\n<p>Error code {@code $L}, $L.\n\n<p>Fix: $L\n",
                JavadocText.sentence(code.description()),
                JavadocText.escape(code.code()),
                code.status().map(s -> "HTTP status " + s).orElse("with the HTTP status the portal sends"),
                JavadocText.sentence(code.fix()))
            .addField(
                FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("1L")
                    .build())
            .addField(
                FieldSpec.builder(ClassName.get(String.class), "CODE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The error code this exception stands for.\n")
                    .initializer("$Z$S", code.code())
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("@param error the decoded error answer, with code {@code $L}\n", JavadocText.escape(code.code()))
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(KnownTypes.API_ERROR, "error")
                    .addStatement("super(error)")
                    .build());
    return GeneratedFiles.of(name.packageName(), type);
  }
}
