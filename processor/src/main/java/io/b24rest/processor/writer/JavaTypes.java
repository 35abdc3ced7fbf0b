package io.b24rest.processor.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.TypeRef;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.WireFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps spec types to Java types; every Java type is a reference type, so any field may be null. */
final class JavaTypes {
  private final ApiNames names;

  JavaTypes(ApiNames names) {
    this.names = names;
  }

  /**
   * The Java type of {@code type}.
   *
   * @param scope the scope whose named types {@code type} may refer to
   * @param inline the nested type that an inline enum or object (also inside an array or map)
   *     becomes; unused otherwise
   */
  TypeName of(TypeRef type, String scope, ClassName inline) {
    if (type instanceof TypeRef.Scalar scalar) {
      return scalar(scalar.type());
    } else if (type instanceof TypeRef.ArrayOf array) {
      return ParameterizedTypeName.get(ClassName.get(List.class), of(array.element(), scope, inline));
    } else if (type instanceof TypeRef.MapOf map) {
      return ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), of(map.value(), scope, inline));
    } else if (type instanceof TypeRef.Named named) {
      return names.namedType(scope, named.name());
    } else {
      return inline;
    }
  }

  /**
   * The Java type of {@code field}: as {@link #of(TypeRef, String, ClassName)}, but a
   * {@code datetime} or {@code date} with a wire {@code format} is a {@code LocalDateTime} (an
   * {@code OffsetDateTime} when the format has an offset) or a {@code LocalDate}.
   */
  TypeName of(FieldModel field, String scope, ClassName inline) {
    Optional<WireFormat> format = wireFormat(field);
    if (format.isEmpty()) {
      return of(field.type(), scope, inline);
    }
    TypeName time =
        !format.get().hasTime()
            ? ClassName.get(LocalDate.class)
            : format.get().hasOffset() ? ClassName.get(OffsetDateTime.class) : ClassName.get(LocalDateTime.class);
    return replaceScalar(field.type(), time, scope, inline);
  }

  private TypeName replaceScalar(TypeRef type, TypeName scalar, String scope, ClassName inline) {
    if (type instanceof TypeRef.ArrayOf array) {
      return ParameterizedTypeName.get(ClassName.get(List.class), replaceScalar(array.element(), scalar, scope, inline));
    } else if (type instanceof TypeRef.MapOf map) {
      return ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), replaceScalar(map.value(), scalar, scope, inline));
    } else if (type instanceof TypeRef.Scalar) {
      return scalar;
    }
    return of(type, scope, inline);
  }

  /** The wire format of a {@code datetime} or {@code date} field, if its spec gives one. */
  static Optional<WireFormat> wireFormat(FieldModel field) {
    return field.format().flatMap(WireFormat::parse);
  }

  /** The inline enum or object {@code type} declares, looking through arrays and maps. */
  static Optional<TypeRef> inlineShape(TypeRef type) {
    if (type instanceof TypeRef.ArrayOf array) {
      return inlineShape(array.element());
    } else if (type instanceof TypeRef.MapOf map) {
      return inlineShape(map.value());
    } else if (type instanceof TypeRef.InlineEnum || type instanceof TypeRef.InlineObject) {
      return Optional.of(type);
    }
    return Optional.empty();
  }

  /** Whether the Java type is a {@code List} or a {@code Map}, which requests copy defensively. */
  static Optional<String> collectionKind(TypeRef type) {
    if (type instanceof TypeRef.ArrayOf) {
      return Optional.of("List");
    } else if (type instanceof TypeRef.MapOf) {
      return Optional.of("Map");
    }
    return Optional.empty();
  }

  private static TypeName scalar(ScalarType type) {
    return switch (type) {
      case INTEGER, TIMESTAMP -> ClassName.get(Long.class);
      case STRING -> ClassName.get(String.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case DOUBLE -> ClassName.get(Double.class);
      case DATE -> ClassName.get(LocalDate.class);
      case DATETIME -> ClassName.get(OffsetDateTime.class);
      case BASE64 -> ArrayTypeName.of(TypeName.BYTE);
      case ANY -> KnownTypes.JSON_NODE;
      case FILTER -> KnownTypes.FILTER;
    };
  }
}
