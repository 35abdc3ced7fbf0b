package io.b24rest.runtime.testapi;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.time.OffsetDateTime;

/** One item, with an enum that has an UNKNOWN constant like the generated ones. */
public record TestItem(Long id, String title, Type type, OffsetDateTime createdAt) {
  /** Item type. */
  public enum Type {
    CHAT,
    CHANNEL,
    @JsonEnumDefaultValue
    UNKNOWN
  }
}
