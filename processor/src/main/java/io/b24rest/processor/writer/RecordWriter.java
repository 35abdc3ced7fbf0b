package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.TypeRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes a Jackson record for a list of spec fields: results, named object types, request params,
 * and the nested records and enums their inline {@code object} and {@code enum} fields declare.
 *
 * <p>Nullness follows the wire. A required param is non-null: the compact constructor rejects a
 * missing one with {@code Bitrix24RequestValidationException}. A field the answer always holds (the
 * items of a page) is non-null: empty when the portal leaves it out. Every other component is
 * {@code @Nullable}, as the portal may leave it out or send null. Lists and maps are copied into
 * unmodifiable ones; those of an answer tolerate null elements (the runtime's mapper skips the
 * nulls of a list, but an answer record built by hand in a test may hold them).
 *
 * <p>Nested objects of a request get a builder, like the request itself.
 */
final class RecordWriter {
  /**
   * What the record is for: requests are strict, answers tolerate unknown fields; named types are
   * read like answers and built like requests, as both use them.
   */
  enum Role {
    REQUEST,
    RESPONSE,
    NAMED;

    boolean built() {
      return this != RESPONSE;
    }
  }

  /**
   * One record component.
   *
   * @param field its spec field
   * @param name its Java name
   * @param type its Java type, without nullness
   * @param nullable whether it is {@code @Nullable}
   */
  record Component(FieldModel field, String name, TypeName type, boolean nullable) {
    /** The type as declared: with {@code @Nullable} if it may be null. */
    TypeName declared() {
      return nullable ? KnownTypes.nullable(type) : type;
    }
  }

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
   *     empty for a top-level record
   * @param alwaysPresent names of the fields the answer always holds: non-null, empty when absent
   */
  Written write(
      ClassName name,
      String description,
      List<FieldModel> fields,
      String scope,
      Role role,
      String context,
      Set<String> enclosing,
      Set<String> alwaysPresent) {
    return write(name, description, fields, scope, role, context, "", enclosing, alwaysPresent);
  }

  private Written write(
      ClassName name,
      String description,
      List<FieldModel> fields,
      String scope,
      Role role,
      String context,
      String path,
      Set<String> enclosing,
      Set<String> alwaysPresent) {
    TypeSpec.Builder type = TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC);
    if (role != Role.REQUEST) {
      type.addAnnotation(KnownTypes.ignoreUnknown());
    }
    type.addAnnotation(KnownTypes.includeNonNull());

    Set<String> outer = new HashSet<>(enclosing);
    outer.add(name.simpleName());
    Set<String> usedMembers = new HashSet<>();
    Set<String> usedNested = new HashSet<>(outer);
    if (role.built()) {
      usedNested.add("Builder");
    }
    List<Component> components = new ArrayList<>();
    boolean requiredSeen = false;
    MethodSpec.Builder constructor =
        MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    StringBuilder javadoc = new StringBuilder(description).append("\n\n");
    javadoc.append(nullRule(role, fields, alwaysPresent)).append('\n');

    for (FieldModel field : fields) {
      String member = EnumWriter.unique(JavaNames.member(field.name()), usedMembers);
      ClassName nested = null;
      var shape = JavaTypes.inlineShape(field.type());
      if (shape.isPresent()) {
        String nestedName = JavaNames.upperCamel(field.name());
        if (field.type() instanceof TypeRef.ArrayOf) {
          nestedName = JavaNames.singular(nestedName);
        }
        nested = name.nestedClass(uniqueNested(nestedName, usedNested));
        type.addType(
            nestedType(nested, field, shape.get(), scope, role, context, path, outer));
      }
      TypeName javaType = types.of(field, scope, nested);
      boolean always = role != Role.REQUEST && alwaysPresent.contains(field.name());
      Component component = new Component(field, member, javaType, !field.required() && !always);
      components.add(component);
      ParameterSpec.Builder parameter =
          ParameterSpec.builder(component.declared(), member)
              .addAnnotation(KnownTypes.jsonProperty(field.name()));
      JavaTypes.wireFormat(field)
          .ifPresent(format -> parameter.addAnnotation(KnownTypes.jsonFormat(format)));
      constructor.addParameter(parameter.build());
      javadoc.append(components.size() == 1 ? "\n" : "")
          .append("@param ").append(member).append(' ')
          .append(FieldDocs.of(field)).append('\n');
      if (field.required()) {
        if (!requiredSeen) {
          constructor.addJavadoc(
              "Checks that every required param is set.\n\n@throws $T if a required param is null\n",
              KnownTypes.REQUEST_VALIDATION);
          requiredSeen = true;
        }
        constructor
            .beginControlFlow("if ($N == null)", member)
            .addStatement(
                "throw $T.missing($Z$S,$W$S)",
                KnownTypes.REQUEST_VALIDATION,
                context,
                path + field.name())
            .endControlFlow();
      }
      copyCollection(constructor, field, member, role, component.nullable());
    }
    type.addJavadoc("$L", javadoc.toString());
    // JavaPoet leaves out a compact constructor without statements, keeping just the components.
    type.recordConstructor(constructor.build());
    if (role.built() && !enclosing.isEmpty()) {
      BuilderWriter.addTo(type, name, components, context, path);
    }
    return new Written(type, components);
  }

  /** What the record's Javadoc says about null, once for all its components. */
  private static String nullRule(Role role, List<FieldModel> fields, Set<String> alwaysPresent) {
    boolean lists = fields.stream().anyMatch(f -> f.type() instanceof TypeRef.ArrayOf);
    boolean maps = fields.stream().anyMatch(f -> f.type() instanceof TypeRef.MapOf);
    String unmodifiable =
        lists && maps
            ? " Lists and maps are unmodifiable."
            : lists ? " Lists are unmodifiable." : maps ? " Maps are unmodifiable." : "";
    if (role == Role.REQUEST) {
      return "<p>A {@code @Nullable} param left null is not sent." + unmodifiable;
    }
    StringBuilder rule =
        new StringBuilder(
            "<p>A {@code @Nullable} component is null when the portal leaves the field out or"
                + " sends null.");
    List<String> always =
        fields.stream()
            .map(FieldModel::name)
            .filter(alwaysPresent::contains)
            .map(f -> "{@code " + JavadocText.escape(f) + "}")
            .toList();
    if (!always.isEmpty()) {
      rule.append(' ').append(String.join(", ", always))
          .append(always.size() == 1 ? " is" : " are")
          .append(" always there: empty when the portal leaves it out.");
    }
    return rule.append(unmodifiable).toString();
  }

  /**
   * Copies a list or map component into an unmodifiable one. A request's copy rejects null
   * elements ({@code List.copyOf}); an answer's tolerates them (records built by hand).
   */
  private static void copyCollection(
      MethodSpec.Builder constructor, FieldModel field, String member, Role role, boolean nullable) {
    if (JavaTypes.collectionKind(field.type()).isEmpty()) {
      return;
    }
    boolean map = field.type() instanceof TypeRef.MapOf;
    TypeName kind = ClassName.get(map ? Map.class : List.class);
    CodeBlock copy =
        role == Role.REQUEST
            ? CodeBlock.of("$T.copyOf($N)", kind, member)
            : CodeBlock.of(
                map ? "$T.unmodifiableMap(new $T<>($N))" : "$T.unmodifiableList(new $T<>($N))",
                Collections.class,
                map ? LinkedHashMap.class : ArrayList.class,
                member);
    if (field.required()) {
      constructor.addStatement("$N = $L", member, copy);
    } else if (nullable) {
      constructor.addStatement("$N = $N == null$W? null$W: $L", member, member, copy);
    } else {
      constructor.addStatement("$N = $N == null$W? $T.of()$W: $L", member, member, kind, copy);
    }
  }

  private TypeSpec nestedType(
      ClassName nested,
      FieldModel field,
      TypeRef shape,
      String scope,
      Role role,
      String context,
      String path,
      Set<String> enclosing) {
    String description = JavadocText.of(field.description());
    if (shape instanceof TypeRef.InlineEnum inlineEnum) {
      return EnumWriter.write(nested, description, inlineEnum.values(), inlineEnum.numeric());
    }
    TypeRef.InlineObject object = (TypeRef.InlineObject) shape;
    return write(
            nested,
            description,
            object.fields(),
            scope,
            role,
            context,
            path + field.name() + ".",
            enclosing,
            Set.of())
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
