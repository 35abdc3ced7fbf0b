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
import io.b24rest.spec.model.FieldModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the Feign interface of one method group: one Java method a REST method, named after the
 * action, taking the request record and returning {@code ApiResponse<Result>}; a method none of
 * whose params is required can also be called without a request ({@code api.count()}).
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
            .addAnnotation(
                AnnotationSpec.builder(KnownTypes.HEADERS)
                    .addMember("value", "$S", "Content-Type: application/json")
                    .build())
            .addJavadoc(
                "The Bitrix24 REST methods {@code $L.*}.\n\n<p>Scope {@code $L}. Get it with"
                    + " {@code client.api($T.class)}.\n",
                JavadocText.escape(first.group()),
                JavadocText.escape(first.scope()),
                name);
    for (MethodModel method : methods) {
      type.addMethod(method(method));
      if (method.params().stream().noneMatch(FieldModel::required)) {
        type.addMethod(withoutRequest(method));
      }
    }
    return GeneratedFiles.of(name.packageName(), type);
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
            AnnotationSpec.builder(KnownTypes.BITRIX24_METHOD)
                .addMember("name", "$S", method.name())
                .addMember("kind", "$T.$L", KnownTypes.METHOD_KIND, method.kind().name())
                .build())
        .returns(ParameterizedTypeName.get(KnownTypes.API_RESPONSE, names.result(method)))
        .addParameter(names.request(method), "request")
        .build();
  }

  /** {@code count()}: a method none of whose params is required, called with none set. */
  private MethodSpec withoutRequest(MethodModel method) {
    String javaMethod = names.javaMethod(method);
    ClassName request = names.request(method);
    return MethodSpec.methodBuilder(javaMethod)
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addJavadoc(
            "$L\n\n<p>The same as {@link #$L($T)} with no param set, and fails the same way.\n\n"
                + "@return the {@code result} and the {@code time} block of the answer\n",
            JavadocText.sentence(method.summary()),
            javaMethod,
            request)
        .returns(ParameterizedTypeName.get(KnownTypes.API_RESPONSE, names.result(method)))
        .addStatement("return $N($T.builder().build())", javaMethod, request)
        .build();
  }

  private CodeBlock javadoc(MethodModel method) {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("$L\n", JavadocText.sentence(method.summary()));
    method.description().ifPresent(d -> doc.add("\n<p>$L\n", JavadocText.of(d)));
    doc.add(
        "\n<p>REST method {@code $L}; $L.\n",
        JavadocText.escape(method.name()),
        kindText(method));
    doc.add("\n<p>Access: $L\n", JavadocText.sentence(method.access()));
    doc.add("\n@param request the params, built with {@link $T#builder()}\n", names.request(method));
    doc.add("@return the {@code result} and the {@code time} block of the answer\n");
    throwsClauses(method).forEach((exception, causes) ->
        doc.add("@throws $T $L\n", exception, String.join(". ", causes) + "."));
    doc.add(docsLink(method));
    return doc.build();
  }

  /**
   * One {@code @throws} an exception class, in the order the spec lists the errors: its causes,
   * one a description (the params an error names are joined into it).
   */
  private Map<ClassName, List<String>> throwsClauses(MethodModel method) {
    Map<ClassName, Map<String, List<String>>> fieldsByCause = new LinkedHashMap<>();
    for (MethodError error : method.errors()) {
      ErrorCode code = errorCodes.get(error.code());
      ClassName exception = code == null ? KnownTypes.API_EXCEPTION : names.exception(code);
      List<String> fields =
          fieldsByCause
              .computeIfAbsent(exception, k -> new LinkedHashMap<>())
              .computeIfAbsent(JavadocText.clause(error.description()), k -> new ArrayList<>());
      error.field()
          .map(f -> "<code>" + JavadocText.escape(f) + "</code>")
          .filter(f -> !fields.contains(f))
          .ifPresent(fields::add);
    }
    Map<ClassName, List<String>> clauses = new LinkedHashMap<>();
    fieldsByCause.forEach(
        (exception, causes) ->
            clauses.put(
                exception,
                causes.entrySet().stream()
                    .map(
                        cause ->
                            cause.getValue().isEmpty()
                                ? cause.getKey()
                                : cause.getKey()
                                    + (cause.getValue().size() == 1 ? " (param " : " (params ")
                                    + String.join(", ", cause.getValue())
                                    + ")")
                    .toList()));
    return clauses;
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
      case READ -> "reads data, so a failed call is retried freely";
      case WRITE -> "changes data, so a failed call is repeated only under an Idempotency-Key";
    };
  }
}
