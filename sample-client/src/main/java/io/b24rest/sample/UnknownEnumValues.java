package io.b24rest.sample;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonPointer;
import io.b24rest.core.WireEnum;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an enum value the spec does not list in a generated request. The generated enums keep
 * such a value (tolerant reading of answers, {@link WireEnum#isKnown()} false): for a request typed
 * on the command line it is a typo to report, not a value to send.
 */
final class UnknownEnumValues {
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
    if (value instanceof WireEnum<?> constant) {
      return constant.isKnown()
          ? Optional.empty()
          : Optional.of(new Unknown(path, JsonPointer.compile(pointer), allowed(constant)));
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

  /** The values the enum's static {@code knownValues()} lists. */
  private static List<String> allowed(WireEnum<?> constant) {
    try {
      Object known = constant.getClass().getMethod("knownValues").invoke(null);
      return ((List<?>) known).stream().map(v -> String.valueOf(((WireEnum<?>) v).value())).toList();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return List.of();
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
