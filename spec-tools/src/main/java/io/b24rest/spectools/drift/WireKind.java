package io.b24rest.spectools.drift;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.TypeRef;
import io.b24rest.spectools.openapi.OpenApiDocument;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON kind of a value (integer, number, string, boolean, array, object), the level at which a
 * spec and an OpenAPI document can be compared; empty where either side says nothing definite.
 */
final class WireKind {
  private WireKind() {}

  static Optional<String> ofSpec(TypeRef type, Map<String, NamedType> named) {
    if (type instanceof TypeRef.Scalar scalar) {
      return ofScalar(scalar.type());
    }
    if (type instanceof TypeRef.ArrayOf) {
      return Optional.of("array");
    }
    if (type instanceof TypeRef.MapOf || type instanceof TypeRef.InlineObject) {
      return Optional.of("object");
    }
    if (type instanceof TypeRef.Named ref) {
      NamedType declared = named.get(ref.name());
      return declared == null || !(declared.shape() instanceof TypeRef.InlineObject)
          ? Optional.empty()
          : Optional.of("object");
    }
    return Optional.empty();
  }

  private static Optional<String> ofScalar(ScalarType scalar) {
    return switch (scalar.specName()) {
      case "integer", "timestamp" -> Optional.of("integer");
      case "double" -> Optional.of("number");
      case "string", "date", "datetime", "base64" -> Optional.of("string");
      case "boolean" -> Optional.of("boolean");
      case "filter" -> Optional.of("array");
      default -> Optional.empty();
    };
  }

  static Optional<String> ofSchema(JsonNode schema) {
    if (OpenApiDocument.refName(schema).isPresent()) {
      return Optional.of("object");
    }
    return switch (schema.path("type").asText("")) {
      case "integer" -> Optional.of("integer");
      case "number", "float", "double" -> Optional.of("number");
      case "string" -> Optional.of("string");
      case "boolean" -> Optional.of("boolean");
      case "array" -> Optional.of("array");
      case "object" -> Optional.of("object");
      default -> Optional.empty();
    };
  }
}
