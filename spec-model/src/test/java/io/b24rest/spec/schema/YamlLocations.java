package io.b24rest.spec.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Line and column of every value of a YAML document, by JSON pointer: schema violations name a
 * pointer, a person fixing the file needs a line.
 */
final class YamlLocations {
  private final Map<String, JsonLocation> byPointer;

  private YamlLocations(Map<String, JsonLocation> byPointer) {
    this.byPointer = byPointer;
  }

  /** Reads the locations of {@code yaml}, which must parse (parse it as a tree first). */
  static YamlLocations of(String yaml) throws IOException {
    Map<String, JsonLocation> locations = new HashMap<>();
    try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
          continue;
        }
        // A container's context is its own level once its start token is read: take the parent's.
        String pointer =
            token.isStructStart()
                ? parser.getParsingContext().getParent().pathAsPointer().toString()
                : parser.getParsingContext().pathAsPointer().toString();
        locations.putIfAbsent(pointer, parser.currentTokenLocation());
      }
    }
    return new YamlLocations(locations);
  }

  /** {@code line:column} of the value at {@code pointer}, or of its nearest located ancestor. */
  String lineAndColumn(String pointer) {
    String current = pointer;
    while (true) {
      JsonLocation location = byPointer.get(current);
      if (location != null) {
        return location.getLineNr() + ":" + location.getColumnNr();
      }
      if (current.isEmpty()) {
        return "1:1";
      }
      current = current.substring(0, current.lastIndexOf('/'));
    }
  }
}
