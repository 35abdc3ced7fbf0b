package io.b24rest.sample;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds a param the generated request record does not have, at any depth of records and lists of
 * records. Checked before binding: the portal ignores unknown params, and the generated types read
 * tolerantly, so a typo would otherwise vanish silently (or surface as a missing required param).
 * The names are Jackson's own view of the types, so they are the names on the wire.
 */
final class UnknownParams {
  private UnknownParams() {}

  /**
   * A param the record does not know.
   *
   * @param path where, for example {@code pagination.pge}
   * @param known the names the record knows there
   */
  record Unknown(String path, List<String> known) {}

  /** The first unknown param in {@code params}, read against {@code type}. */
  static Optional<Unknown> find(JsonNode params, Class<?> type) {
    return find(params, JsonOutput.MAPPER.constructType(type), "");
  }

  private static Optional<Unknown> find(JsonNode node, JavaType type, String path) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (type.isCollectionLikeType() && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<Unknown> found = find(node.get(i), type.getContentType(), path + "[" + i + "]");
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (!type.isRecordType() || !node.isObject()) {
      return Optional.empty();
    }
    BeanDescription description = JsonOutput.MAPPER.getDeserializationConfig().introspect(type);
    Map<String, BeanPropertyDefinition> properties =
        description.findProperties().stream()
            .collect(
                Collectors.toMap(BeanPropertyDefinition::getName, Function.identity(), (a, b) -> a));
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      BeanPropertyDefinition property = properties.get(field.getKey());
      if (property == null) {
        return Optional.of(new Unknown(fieldPath, properties.keySet().stream().sorted().toList()));
      }
      Optional<Unknown> found = find(field.getValue(), property.getPrimaryType(), fieldPath);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
