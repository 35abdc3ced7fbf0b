package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.b24rest.spec.model.ErrorCode;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Bitrix24Errors}, the {@code ErrorRegistry} that maps every error code of its specs
 * to its exception and any other code to a plain {@code Bitrix24ApiException}.
 */
final class ErrorRegistryWriter {
  private final ApiNames names;

  ErrorRegistryWriter(ApiNames names) {
    this.names = names;
  }

  /** The registry; {@code codes} sorted by code. */
  JavaFile write(List<ErrorCode> codes) {
    ClassName name = names.errorRegistry();
    TypeName setOfString = ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class));

    CodeBlock.Builder known = CodeBlock.builder().add("$T.of(", Set.class).indent();
    CodeBlock.Builder create = CodeBlock.builder().add("return switch (error.code()) {\n").indent();
    for (int i = 0; i < codes.size(); i++) {
      ErrorCode code = codes.get(i);
      known.add(i == 0 ? "\n$S" : ",\n$S", code.code());
      create.add("case $S ->$Wnew $T(error);\n", code.code(), names.exception(code));
    }
    known.unindent().add(")");
    create.add("default -> new $T(error);\n", KnownTypes.API_EXCEPTION).unindent().add("};\n");

    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(KnownTypes.ERROR_REGISTRY)
            .addJavadoc(
                "Maps the error codes of the specs to their exceptions; any other code becomes a plain"
                    + " {@link $T} that keeps code, message and HTTP status.\n",
                KnownTypes.API_EXCEPTION)
            .addField(
                FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The registry; it holds no state.\n")
                    .initializer("new $T()", name)
                    .build())
            .addField(
                FieldSpec.builder(setOfString, "KNOWN_CODES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(known.build())
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("For {@link java.util.ServiceLoader}; use {@link #INSTANCE} otherwise.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("knownCodes")
                    .addJavadoc("Every error code with an exception of its own.\n\n@return the codes, unmodifiable\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(setOfString)
                    .addStatement("return KNOWN_CODES")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("codes")
                    .addJavadoc("Every error code with an exception of its own: {@link #knownCodes()}.\n\n@return the codes, unmodifiable\n")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(setOfString)
                    .addStatement("return KNOWN_CODES")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("create")
                    .addJavadoc(
                        "The exception of {@code error.code()}, or a plain {@link $T} for a code no spec"
                            + " knows.\n\n@param error the decoded error answer\n@return the exception, not thrown\n",
                        KnownTypes.API_EXCEPTION)
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(KnownTypes.API_EXCEPTION)
                    .addParameter(KnownTypes.API_ERROR, "error")
                    .addCode(create.build())
                    .build());
    return GeneratedFiles.of(name.packageName(), type);
  }
}
