package io.b24rest.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.b24rest.runtime.Bitrix24Json;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes typed results with the client's own Jackson configuration. */
final class JsonOutput {
  /** The client's mapper ({@link Bitrix24Json#newObjectMapper()}), shared by the commands. */
  static final ObjectMapper MAPPER = Bitrix24Json.newObjectMapper();

  private JsonOutput() {}

  /** {@code value} as pretty-printed JSON, ending with a newline. */
  static String pretty(@Nullable Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the result as JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * {@code value} as one {@code path = value} line per leaf, for example {@code chats[0].title =
   * "Department chat"}: easy to read and to grep. Empty arrays and objects show as {@code []} and
   * {@code {}}.
   */
  static String flat(@Nullable Object value) {
    JsonNode tree = MAPPER.valueToTree(value);
    StringBuilder text = new StringBuilder();
    flatten(text, "result", tree);
    return text.toString();
  }

  private static void flatten(StringBuilder text, String path, JsonNode node) {
    if (node.isObject() && !node.isEmpty()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        flatten(text, path + "." + field.getKey(), field.getValue());
      }
    } else if (node.isArray() && !node.isEmpty()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(text, path + "[" + i + "]", node.get(i));
      }
    } else {
      text.append(path).append(" = ").append(node.toString()).append('\n');
    }
  }
}
