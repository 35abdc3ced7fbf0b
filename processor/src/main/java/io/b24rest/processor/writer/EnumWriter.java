package io.b24rest.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.b24rest.spec.model.EnumValue;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes a spec enum as an open value type: a final class with one constant a value the spec
 * lists, whose {@code of(...)} also accepts a value this client does not know. Such a value keeps
 * its wire text ({@code value()}, {@code isKnown()} false) and is written back unchanged, so that
 * a newer portal neither breaks reading nor loses data on the way back.
 */
final class EnumWriter {
  private EnumWriter() {}

  /**
   * The enum type.
   *
   * @param name the enum's class name (top-level or nested)
   * @param description what the enum stands for, already Javadoc-escaped
   * @param values the allowed values in spec order
   * @param numeric whether the wire values are numbers (a {@code Long} value) rather than text
   */
  static TypeSpec write(ClassName name, String description, List<EnumValue> values, boolean numeric) {
    TypeName wire = ClassName.get(numeric ? Long.class : String.class);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(KnownTypes.WIRE_ENUM, wire))
            .addJavadoc(
                "$L\n\n<p>An open set: the constants are the values the docs list; {@link #of} keeps"
                    + " any other value as it came, and it is written back unchanged.\n",
                description);
    if (name.enclosingClassName() != null) {
      type.addModifiers(Modifier.STATIC);
    }

    Set<String> used = new HashSet<>();
    CodeBlock.Builder known = CodeBlock.builder();
    for (EnumValue value : values) {
      String constant = unique(JavaNames.constant(value.value()), used);
      type.addField(
          FieldSpec.builder(name, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("$L\n", JavadocText.capitalized(JavadocText.sentence(value.description())))
              .initializer(
                  numeric ? "$Znew $T($LL)" : "$Znew $T($S)",
                  name,
                  numeric ? Long.parseLong(value.value()) : value.value())
              .build());
      known.add(known.isEmpty() ? "$N" : ",$W$N", constant);
    }
    String knownField = unique("KNOWN_VALUES", used);
    TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), name);
    type.addField(
        FieldSpec.builder(list, knownField, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($L)", List.class, known.build())
            .build());
    type.addField(wire, "value", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(wire, "value")
            .addStatement("this.value = value")
            .build());

    MethodSpec.Builder of =
        MethodSpec.methodBuilder("of")
            .addJavadoc(
                "The value for a wire value: its constant, or a new value for one this client does"
                    + " not know.\n\n@param value the value on the wire\n@return the value\n")
            .addAnnotation(
                AnnotationSpec.builder(KnownTypes.JSON_CREATOR)
                    .addMember("mode", "$T.Mode.DELEGATING", KnownTypes.JSON_CREATOR)
                    .build())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name);
    if (numeric) {
      of.addParameter(TypeName.LONG, "value")
          .beginControlFlow("for ($T known : $N)", name, knownField)
          .beginControlFlow("if (known.value == value)")
          .addStatement("return known")
          .endControlFlow()
          .endControlFlow();
    } else {
      of.addParameter(wire, "value")
          .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value")
          .beginControlFlow("for ($T known : $N)", name, knownField)
          .beginControlFlow("if (known.value.equals(value))")
          .addStatement("return known")
          .endControlFlow()
          .endControlFlow();
    }
    type.addMethod(of.addStatement("return new $T(value)", name).build());

    type.addMethod(
        MethodSpec.methodBuilder("knownValues")
            .addJavadoc("The values the docs list, in their order.\n\n@return the constants\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(list)
            .addStatement("return $N", knownField)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("value")
            .addJavadoc("The value on the wire.\n\n@return the value, as it was read or given\n")
            .addAnnotation(Override.class)
            .addAnnotation(KnownTypes.JSON_VALUE)
            .addModifiers(Modifier.PUBLIC)
            .returns(wire)
            .addStatement("return value")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("isKnown")
            .addJavadoc(
                "Whether the docs list this value.\n\n"
                    + "@return false for a value this client does not know\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addStatement("return $N.contains(this)", knownField)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(KnownTypes.nullable(ClassName.get(Object.class)), "other")
            .addStatement(
                "return other instanceof $T that && value.equals(that.value)", name)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addStatement("return value.hashCode()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addJavadoc("The wire value.\n\n@return the wire value as text\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement(numeric ? "return value.toString()" : "return value")
            .build());
    return type.build();
  }

  /** The name, or with {@code _2}, {@code _3}... when an earlier value already took it. */
  static String unique(String name, Set<String> used) {
    String candidate = name;
    for (int i = 2; !used.add(candidate); i++) {
      candidate = name + "_" + i;
    }
    return candidate;
  }
}
