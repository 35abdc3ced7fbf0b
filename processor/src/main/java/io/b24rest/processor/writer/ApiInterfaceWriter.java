package io.b24rest.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.b24rest.spec.model.ErrorCode;
import io.b24rest.spec.model.MethodError;
import io.b24rest.spec.model.MethodModel;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the Feign interface of one method group: one Java method a REST method, named after the
 * action, taking the request record and returning {@code ApiResponse<Result>}.
 */
final class ApiInterfaceWriter {
  private final ApiNames names;
  private final Map<String, ErrorCode> errorCodes;

  /**
   * @param errorCodes every error code with its own exception, by code: the {@code @throws} of a
   *     method name them
   */
  ApiInterfaceWriter(ApiNames names, Map<String, ErrorCode> errorCodes) {
    this.names = names;
    this.errorCodes = errorCodes;
  }

  /** The interface of a group; {@code methods} all share the group and are sorted by name. */
  JavaFile write(List<MethodModel> methods) {
    MethodModel first = methods.get(0);
    ClassName name = names.api(first);
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(KnownTypes.generated())
            .addJavadoc(
                "The Bitrix24 REST methods {@code $L.*}, as a Feign interface.\n\n<p>Scope: {@code $L}.\n",
                JavadocText.escape(first.group()),
                JavadocText.escape(first.scope()));
    for (MethodModel method : methods) {
      type.addMethod(method(method));
    }
    return GeneratedFiles.of(name.packageName(), type.build());
  }

  private MethodSpec method(MethodModel method) {
    return MethodSpec.methodBuilder(names.javaMethod(method))
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .addJavadoc(javadoc(method))
        .addAnnotation(
            AnnotationSpec.builder(KnownTypes.REQUEST_LINE)
                .addMember("value", "$S", "POST /" + method.name())
                .build())
        .addAnnotation(
            AnnotationSpec.builder(KnownTypes.HEADERS)
                .addMember("value", "$S", "Content-Type: application/json")
                .build())
        .addAnnotation(
            AnnotationSpec.builder(KnownTypes.BITRIX24_METHOD)
                .addMember("name", "$S", method.name())
                .addMember("kind", "$T.$L", KnownTypes.METHOD_KIND, method.kind().name())
                .build())
        .returns(ParameterizedTypeName.get(KnownTypes.API_RESPONSE, names.result(method)))
        .addParameter(names.request(method), "request")
        .build();
  }

  private CodeBlock javadoc(MethodModel method) {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("$L\n", JavadocText.of(method.summary()));
    method.description().ifPresent(d -> doc.add("\n<p>$L\n", JavadocText.of(d)));
    doc.add(
        "\n<p>REST method {@code $L}, scope {@code $L}, $L.\n",
        JavadocText.escape(method.name()),
        JavadocText.escape(method.scope()),
        kindText(method));
    doc.add("\n<p>Access: $L\n", JavadocText.of(method.access()));
    method.notes().ifPresent(n -> doc.add("\n<p>Note: $L\n", JavadocText.of(n)));
    doc.add("\n@param request the params\n");
    doc.add("@return the {@code result} and the {@code time} block of the answer\n");
    for (MethodError error : method.errors()) {
      ErrorCode code = errorCodes.get(error.code());
      ClassName exception = code == null ? KnownTypes.API_EXCEPTION : names.exception(code);
      StringBuilder text = new StringBuilder(JavadocText.inline(error.description()));
      error.field().ifPresent(f -> text.append(" (param <code>").append(JavadocText.escape(f)).append("</code>)"));
      text.append(". Fix: ").append(JavadocText.inline(error.fix()));
      doc.add("@throws $T $L\n", exception, text.toString());
    }
    doc.add(docsLink(method));
    return doc.build();
  }

  /** {@code @see} the method's page of the Bitrix24 REST docs. */
  static CodeBlock docsLink(MethodModel method) {
    return CodeBlock.of(
        "@see <a href=\"$L\">$L in the Bitrix24 REST docs</a>\n",
        JavadocText.attribute(method.docs()),
        JavadocText.escape(method.name()));
  }

  private static String kindText(MethodModel method) {
    return switch (method.kind()) {
      case READ -> "reads data (a failed call is retried freely)";
      case WRITE -> "changes data (a failed call is repeated only under the same Idempotency-Key)";
    };
  }
}
