package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.b24rest.spec.model.MethodModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** Writes {@code Bitrix24Methods}: every method of the specs as a {@code MethodDescriptor}. */
final class MethodRegistryWriter {
  private final ApiNames names;

  MethodRegistryWriter(ApiNames names) {
    this.names = names;
  }

  /** The registry; {@code methods} sorted by name. */
  JavaFile write(List<MethodModel> methods) {
    ClassName name = names.methodRegistry();
    TypeName descriptor = KnownTypes.METHOD_DESCRIPTOR;
    TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), descriptor);
    TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), descriptor);

    CodeBlock.Builder all = CodeBlock.builder().add("$T.of(", List.class).indent();
    for (int i = 0; i < methods.size(); i++) {
      MethodModel method = methods.get(i);
      all.add(i == 0 ? "\n" : ",\n")
          .add(
              "new $T($S,$W$T.$L,$W$T.class,$W$S,$W$T.class,$W$T.class)",
              descriptor,
              method.name(),
              KnownTypes.METHOD_KIND,
              method.kind().name(),
              names.api(method),
              names.javaMethod(method),
              names.request(method),
              names.resultClass(method));
    }
    all.unindent().add(")");

    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(KnownTypes.METHOD_REGISTRY)
            .addJavadoc(
                "Every Bitrix24 REST method of the specs, with its kind, Feign interface, request and result:"
                    + " for tools that call a method by name.\n\n"
                    + "<p>{@link #all()} holds the methods of this package only; the runtime finds this class"
                    + " through {@code META-INF/services/$L} and joins it with the other packages' registries.\n",
                KnownTypes.METHOD_REGISTRY.canonicalName())
            .addField(FieldSpec.builder(list, "ALL", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(all.build())
                .build())
            .addField(FieldSpec.builder(map, "BY_NAME", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(
                    "ALL.stream()$Z.collect($T.toUnmodifiableMap($T::name,$W$T.identity()))",
                    Collectors.class,
                    descriptor,
                    Function.class)
                .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("For {@link java.util.ServiceLoader}; the methods are static.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("all")
                    .addJavadoc("Every method, sorted by name.\n\n@return the methods, unmodifiable\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(list)
                    .addStatement("return ALL")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("methods")
                    .addJavadoc("Every method, sorted by name: {@link #all()}.\n\n@return the methods, unmodifiable\n")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(list)
                    .addStatement("return ALL")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("find")
                    .addJavadoc(
                        "The method called {@code name}, for example {@code humanresources.node.communication.list}.\n\n"
                            + "@param name the REST method name\n@return the method, or empty when no spec describes it\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), descriptor))
                    .addParameter(KnownTypes.nullable(ClassName.get(String.class)), "name")
                    .addStatement("return name == null ? $T.empty() : $T.ofNullable(BY_NAME.get(name))", Optional.class, Optional.class)
                    .build());
    return GeneratedFiles.of(name.packageName(), type);
  }
}
