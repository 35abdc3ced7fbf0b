package io.b24rest.spec.compiled;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import java.util.Objects;

/**
 * Writes a validated {@link SpecModel} as JSON and reads it back into the same records
 * ({@code fromJson(toJson(m)).equals(m)}).
 *
 * <p>The spec processor writes one such file, {@value #RESOURCE}, into the class output of every
 * module it generates code for: the library's {@code b24-runtime} holds the library's specs, a
 * consumer's jar holds its own. Reading them needs Jackson only; the YAML reader, which reports
 * spec problems with their line and column, has run once, at compile time.
 */
public final class CompiledSpecs {
  /** Where each module's compiled specs are; one per jar or class folder. */
  public static final String RESOURCE = "META-INF/b24rest/spec-model.json";

  /** The version of this JSON layout; a file of another version is refused with a clear error. */
  public static final int FORMAT = 1;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          // The record components are the model; derived accessors (httpStatus, group...) are not.
          .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
          .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
          .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
          .addMixIn(TypeRef.class, TypeRefKind.class)
          .registerSubtypes(TypeRef.class.getPermittedSubclasses())
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .build();

  private CompiledSpecs() {}

  /** The model as the JSON text of {@value #RESOURCE}. */
  public static String toJson(SpecModel model) {
    Objects.requireNonNull(model, "model");
    try {
      // Written in one pass, without a tree in between: the library's model is about a megabyte.
      return MAPPER.writeValueAsString(new Document(FORMAT, model)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the spec model as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The model {@link #toJson} wrote.
   *
   * @param json the text of a {@value #RESOURCE}
   * @param origin where it was read, for the error message
   * @throws CompiledSpecsException with one clear line when the text is not such a file
   */
  public static SpecModel fromJson(String json, String origin) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(origin, "origin");
    try {
      JsonNode root = MAPPER.readTree(json);
      int format = root == null ? -1 : root.path("format").asInt(-1);
      if (format != FORMAT) {
        throw new CompiledSpecsException(
            origin + " is not compiled specs of format " + FORMAT + " (format " + format
                + "); rebuild the module that holds it with this version of b24-processor");
      }
      return MAPPER.treeToValue(root.get("model"), SpecModel.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new CompiledSpecsException(
          origin + " cannot be read as compiled specs: " + oneLine(e.getMessage())
              + "; rebuild the module that holds it with this version of b24-processor");
    }
  }

  private static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  /** The whole file: its layout's version first, so that a reader can refuse another layout. */
  private record Document(int format, SpecModel model) {}

  /** Names each kind of {@link TypeRef} in the JSON, so that it reads back as the same kind. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "kind")
  private interface TypeRefKind {}
}
