package io.b24rest.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * The library types generated code refers to. Named by {@link ClassName} rather than by class
 * literal so that the processor needs none of Feign, Jackson or JSpecify on its own class path.
 */
final class KnownTypes {
  static final String PROCESSOR = "io.b24rest.processor.SpecProcessor";

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

  static final ClassName API_RESPONSE = ClassName.get("io.b24rest.core", "ApiResponse");
  static final ClassName BITRIX24_REQUEST = ClassName.get("io.b24rest.core", "Bitrix24Request");
  static final ClassName API_ERROR = ClassName.get("io.b24rest.core", "ApiError");
  static final ClassName API_EXCEPTION = ClassName.get("io.b24rest.core", "Bitrix24ApiException");
  static final ClassName BITRIX24_METHOD = ClassName.get("io.b24rest.core", "Bitrix24Method");
  static final ClassName METHOD_KIND = ClassName.get("io.b24rest.core", "MethodKind");
  static final ClassName METHOD_DESCRIPTOR = ClassName.get("io.b24rest.core.spi", "MethodDescriptor");
  static final ClassName METHOD_REGISTRY = ClassName.get("io.b24rest.core.spi", "MethodRegistry");
  static final ClassName ERROR_REGISTRY = ClassName.get("io.b24rest.core.spi", "ErrorRegistry");
  static final ClassName FILTER = ClassName.get("io.b24rest.core.filter", "Filter");
  static final ClassName WIRE_ENUM = ClassName.get("io.b24rest.core", "WireEnum");
  static final ClassName REQUEST_VALIDATION =
      ClassName.get("io.b24rest.core", "Bitrix24RequestValidationException");

  static final ClassName REQUEST_LINE = ClassName.get("feign", "RequestLine");
  static final ClassName HEADERS = ClassName.get("feign", "Headers");

  static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
  static final ClassName JSON_INCLUDE = ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
  static final ClassName JSON_IGNORE_PROPERTIES =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonIgnoreProperties");
  static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
  static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
  static final ClassName JSON_FORMAT = ClassName.get("com.fasterxml.jackson.annotation", "JsonFormat");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");

  private KnownTypes() {}

  /** Immutable, so built once: every generated file carries it. */
  private static final AnnotationSpec GENERATED_BY_PROCESSOR =
      AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();

  /** {@code @Generated("io.b24rest.processor.SpecProcessor")}, without a date so output is stable. */
  static AnnotationSpec generated() {
    return GENERATED_BY_PROCESSOR;
  }

  /** {@code @JsonInclude(JsonInclude.Include.NON_NULL)}. */
  static AnnotationSpec includeNonNull() {
    return AnnotationSpec.builder(JSON_INCLUDE)
        .addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE)
        .build();
  }

  /** {@code @JsonIgnoreProperties(ignoreUnknown = true)}. */
  static AnnotationSpec ignoreUnknown() {
    return AnnotationSpec.builder(JSON_IGNORE_PROPERTIES).addMember("ignoreUnknown", "true").build();
  }

  /** {@code @JsonProperty("name")}. */
  static AnnotationSpec jsonProperty(String name) {
    return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", name).build();
  }

  /** {@code @JsonFormat(shape = STRING, pattern = "...")}: a date or time in a non-ISO wire format. */
  static AnnotationSpec jsonFormat(io.b24rest.spec.model.WireFormat format) {
    AnnotationSpec.Builder annotation =
        AnnotationSpec.builder(JSON_FORMAT)
            .addMember("shape", "$T.Shape.STRING", JSON_FORMAT)
            .addMember("pattern", "$S", format.javaPattern());
    if (format.hasOffset()) {
      // Keep the offset as sent: the default would move it to UTC and write back another text.
      annotation.addMember("without", "$T.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE", JSON_FORMAT);
    }
    return annotation.build();
  }

  /** The type with JSpecify's {@code @Nullable}, placed where a type-use annotation belongs. */
  static TypeName nullable(TypeName type) {
    return type.annotated(AnnotationSpec.builder(NULLABLE).build());
  }
}
