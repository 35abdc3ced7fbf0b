package io.b24rest.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.b24rest.spec.model.EnumValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes a Java enum for a spec enum: one constant a value, plus {@code UNKNOWN} for values this
 * client does not know yet, so that a newer portal never breaks deserialization.
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
   * @param topLevel whether the enum is a file of its own, which gets {@code @Generated}
   */
  static TypeSpec write(
      ClassName name, String description, List<EnumValue> values, boolean numeric, boolean topLevel) {
    TypeName nullableString = KnownTypes.nullable(ClassName.get(numeric ? Long.class : String.class));
    TypeName nullableSelf = KnownTypes.nullable(name);
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("$L\n\n<p>Unknown values read as {@link #$L}; absent values and null read as null.\n",
                description, unknownName(values));
    if (topLevel) {
      type.addAnnotation(KnownTypes.generated());
    }

    Set<String> used = new HashSet<>();
    for (EnumValue value : values) {
      String constant = unique(JavaNames.constant(value.value()), used);
      type.addEnumConstant(
          constant,
          (numeric
                  ? TypeSpec.anonymousClassBuilder("$LL", Long.parseLong(value.value()))
                  : TypeSpec.anonymousClassBuilder("$S", value.value()))
              .addJavadoc("$L\n", JavadocText.of(value.description()))
              .build());
    }
    String unknown = unknownName(values);
    type.addEnumConstant(
        unknown,
        TypeSpec.anonymousClassBuilder("null")
            .addJavadoc("A value this client does not know, for example one added by a newer portal version.\n")
            .build());

    type.addField(nullableString, "value", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(nullableString, "value")
            .addStatement("this.value = value")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("value")
            .addJavadoc("The value on the wire.\n\n@return the value, or null for {@link #$L}\n", unknown)
            .addAnnotation(KnownTypes.JSON_VALUE)
            .addModifiers(Modifier.PUBLIC)
            .returns(nullableString)
            .addStatement("return value")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("fromValue")
            .addJavadoc(
                "The constant of a wire value: {@link #$L} for a value this client does not know, null for null.\n\n"
                    + "@param value the value on the wire\n"
                    + "@return the constant, or null\n",
                unknown)
            .addAnnotation(
                AnnotationSpec.builder(KnownTypes.JSON_CREATOR)
                    .addMember("mode", "$T.Mode.DELEGATING", KnownTypes.JSON_CREATOR)
                    .build())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(nullableSelf)
            .addParameter(nullableString, "value")
            .beginControlFlow("if (value == null)")
            .addStatement("return null")
            .endControlFlow()
            .beginControlFlow("for ($T constant : values())", name)
            .beginControlFlow("if (value.equals(constant.value))")
            .addStatement("return constant")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return $L", unknown)
            .build());
    return type.build();
  }

  /** {@code UNKNOWN}, or with trailing {@code _} when a value already took that name. */
  private static String unknownName(List<EnumValue> values) {
    Set<String> taken = new HashSet<>();
    for (EnumValue value : values) {
      unique(JavaNames.constant(value.value()), taken);
    }
    String name = "UNKNOWN";
    while (taken.contains(name)) {
      name += "_";
    }
    return name;
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
