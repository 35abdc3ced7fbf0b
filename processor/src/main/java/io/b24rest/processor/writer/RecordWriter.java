package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes a Jackson record for a list of spec fields: results, named object types, request params,
 * and the nested records and enums their inline {@code object} and {@code enum} fields declare.
 *
 * <p>One nullability rule for every record: a component is {@code @Nullable} unless it is a
 * required param, because the portal may leave out or send null for any field it returns. A
 * required param is never null: the compact constructor rejects it.
 */
final class RecordWriter {
  /** What a response record's Javadoc says about null, so that readers know the one rule. */
  static final String RESPONSE_NULLS =
      "<p>Every component is nullable: the portal may leave out any field or send it as null, and"
          + " both read as null.";

  /** What a request record's Javadoc says about null. */
  static final String REQUEST_NULLS =
      "<p>Every component but the required params is nullable; a null param is left out of the"
          + " request. A required param is never null: the constructor rejects it.";

  /** What the record is for: requests are strict, responses tolerate unknown fields. */
  enum Role {
    REQUEST,
    RESPONSE
  }

  /** One record component. */
  record Component(FieldModel field, String name, TypeName type) {}

  /** A record type with its components, before the caller adds more (a builder, say). */
  record Written(TypeSpec.Builder type, List<Component> components) {}

  private final JavaTypes types;

  RecordWriter(JavaTypes types) {
    this.types = types;
  }

  /**
   * The record.
   *
   * @param name its class name
   * @param description its Javadoc, already escaped
   * @param fields its components, in spec order
   * @param scope the scope whose named types the fields may refer to
   * @param role request or response
   * @param context what names the record in error messages, for example the method name
   * @param enclosing simple names of the enclosing types (a nested type may not reuse them);
   *     empty for a top-level record, which gets {@code @Generated}
   */
  Written write(
      ClassName name,
      String description,
      List<FieldModel> fields,
      String scope,
      Role role,
      String context,
      Set<String> enclosing) {
    TypeSpec.Builder type = TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC);
    if (enclosing.isEmpty()) {
      type.addAnnotation(KnownTypes.generated());
    }
    if (role == Role.RESPONSE) {
      type.addAnnotation(KnownTypes.ignoreUnknown());
    }
    type.addAnnotation(KnownTypes.includeNonNull());

    Set<String> outer = new HashSet<>(enclosing);
    outer.add(name.simpleName());
    Set<String> usedMembers = new HashSet<>();
    Set<String> usedNested = new HashSet<>(outer);
    if (role == Role.REQUEST && enclosing.isEmpty()) {
      usedNested.add("Builder");
    }
    List<Component> components = new ArrayList<>();
    boolean requiredSeen = false;
    MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    StringBuilder javadoc =
        new StringBuilder(description)
            .append("\n\n")
            .append(role == Role.REQUEST ? REQUEST_NULLS : RESPONSE_NULLS)
            .append('\n');

    for (FieldModel field : fields) {
      String member = EnumWriter.unique(JavaNames.member(field.name()), usedMembers);
      ClassName nested = null;
      var shape = JavaTypes.inlineShape(field.type());
      if (shape.isPresent()) {
        String nestedName = JavaNames.upperCamel(field.name());
        nested = name.nestedClass(uniqueNested(field.type() instanceof TypeRef.ArrayOf ? JavaNames.singular(nestedName) : nestedName, usedNested));
        type.addType(nestedType(nested, field, shape.get(), scope, role, context, outer));
      }
      TypeName javaType = types.of(field, scope, nested);
      boolean nullable = !field.required();
      Component component = new Component(field, member, javaType);
      components.add(component);
      ParameterSpec.Builder parameter =
          ParameterSpec.builder(nullable ? KnownTypes.nullable(javaType) : javaType, member)
              .addAnnotation(KnownTypes.jsonProperty(field.name()));
      JavaTypes.wireFormat(field).ifPresent(format -> parameter.addAnnotation(KnownTypes.jsonFormat(format)));
      constructor.addParameter(parameter.build());
      javadoc.append(components.size() == 1 ? "\n" : "").append("@param ").append(member).append(' ')
          .append(FieldDocs.of(field)).append('\n');
      if (field.required()) {
        if (!requiredSeen) {
          constructor.addJavadoc("@throws $T if a required param is null\n", IllegalArgumentException.class);
          requiredSeen = true;
        }
        constructor
            .beginControlFlow("if ($N == null)", member)
            .addStatement(
                "throw new $T($S)", IllegalArgumentException.class, missing(context, field))
            .endControlFlow();
      }
      if (role == Role.REQUEST && JavaTypes.collectionKind(field.type()).isPresent()) {
        constructor.addStatement(
            "$N = $N == null ? null : $T.copyOf($N)",
            member,
            member,
            collectionClass(field.type()),
            member);
      }
    }
    type.addJavadoc("$L", javadoc.toString());
    // JavaPoet leaves out a compact constructor without statements, keeping just the components.
    type.recordConstructor(constructor.build());
    return new Written(type, components);
  }

  /** The message a missing required param fails with; the same in the builder and the record. */
  static String missing(String context, FieldModel field) {
    return context + ": required param '" + field.name() + "' is missing";
  }

  static ClassName collectionClass(TypeRef type) {
    return type instanceof TypeRef.MapOf ? ClassName.get(java.util.Map.class) : ClassName.get(List.class);
  }

  private TypeSpec nestedType(
      ClassName nested,
      FieldModel field,
      TypeRef shape,
      String scope,
      Role role,
      String context,
      Set<String> enclosing) {
    String description = JavadocText.of(field.description());
    if (shape instanceof TypeRef.InlineEnum inlineEnum) {
      return EnumWriter.write(nested, description, inlineEnum.values(), inlineEnum.numeric(), false);
    }
    TypeRef.InlineObject object = (TypeRef.InlineObject) shape;
    return write(nested, description, object.fields(), scope, role, context + " " + field.name(), enclosing)
        .type()
        .build();
  }

  private static String uniqueNested(String name, Set<String> used) {
    String candidate = name;
    while (used.contains(candidate)) {
      candidate = candidate + "Value";
    }
    used.add(candidate);
    return candidate;
  }
}
