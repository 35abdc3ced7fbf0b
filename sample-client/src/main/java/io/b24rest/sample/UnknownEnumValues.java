package io.b24rest.sample;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonPointer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an enum constant {@code UNKNOWN} in a generated request. The generated enums read a value
 * the spec does not list as {@code UNKNOWN} (tolerant reading of answers), which would be sent as
 * null: for a request that is a typo to report, not a value to send.
 */
final class UnknownEnumValues {
  private static final String UNKNOWN = "UNKNOWN";

  private UnknownEnumValues() {}

  /**
   * An unknown enum value somewhere in {@code value}.
   *
   * @param path the param, for example {@code pagination.type} or {@code types[1]}
   * @param pointer the same as a JSON pointer into the params
   * @param allowed the values the enum knows
   */
  record Unknown(String path, JsonPointer pointer, List<String> allowed) {}

  /** The first unknown enum value in {@code value}, walking records, lists and maps. */
  static Optional<Unknown> find(Object value) {
    return find(value, "", "");
  }

  private static Optional<Unknown> find(Object value, String path, String pointer) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name().equals(UNKNOWN)
          ? Optional.of(new Unknown(path, JsonPointer.compile(pointer), allowed(constant)))
          : Optional.empty();
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Optional<Unknown> found = find(list.get(i), path + "[" + i + "]", pointer + "/" + i);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        Optional<Unknown> found =
            find(entry.getValue(), join(path, key), pointer + "/" + escape(key));
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        String name = jsonName(component);
        Optional<Unknown> found =
            find(read(component, value), join(path, name), pointer + "/" + escape(name));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> allowed(Enum<?> constant) {
    return Arrays.stream(constant.getDeclaringClass().getEnumConstants())
        .filter(c -> !c.name().equals(UNKNOWN))
        .map(UnknownEnumValues::wireValue)
        .toList();
  }

  /** The generated enums expose their wire value as {@code value()}; else the constant name. */
  private static String wireValue(Enum<?> constant) {
    try {
      return String.valueOf(constant.getDeclaringClass().getMethod("value").invoke(constant));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return constant.name();
    }
  }

  /**
   * The wire name: Jackson's {@code @JsonProperty} does not target record components, so it is
   * read from the accessor it propagates to.
   */
  private static String jsonName(RecordComponent component) {
    JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
    return property != null && !property.value().isEmpty() ? property.value() : component.getName();
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      return null;
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
