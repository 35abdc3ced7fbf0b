package io.b24rest.spec.reader;

import io.b24rest.spec.model.SourceLocation;
import io.b24rest.spec.validation.DidYouMean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping of a spec, read key by key: reports unknown, missing and repeated keys and
 * values of the wrong kind, each at its own line and column, and hands out the values that are
 * right.
 */
final class YamlMapping {
  private final SpecFile file;
  private final MappingNode node;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  /** Keys seen a second time, reported by {@link #expect} once the mapping has its name. */
  private final List<ScalarNode> duplicates = new ArrayList<>();
  private String what;

  private YamlMapping(SpecFile file, MappingNode node, String what) {
    this.file = file;
    this.node = node;
    this.what = what;
    for (NodeTuple tuple : node.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
        file.report(key, "a key of " + what + " is not plain text", "write keys as plain words followed by ':'");
      } else if (entries.containsKey(scalar.getValue())) {
        duplicates.add(scalar);
      } else {
        entries.put(scalar.getValue(), tuple);
      }
    }
  }

  /** The mapping {@code node} is, or empty after reporting that it is not one. */
  static Optional<YamlMapping> of(SpecFile file, Node node, String what) {
    if (node instanceof MappingNode mapping) {
      return Optional.of(new YamlMapping(file, mapping, what));
    }
    file.report(node, what + " must be a mapping of keys to values, not " + kindOf(node), "write it as 'key: value' lines");
    return Optional.empty();
  }

  /**
   * Names the mapping in later messages and reports repeated keys, keys that are not
   * {@code known} and {@code required} keys that are missing. Every reader calls it once.
   */
  YamlMapping expect(String description, List<String> known, List<String> required) {
    this.what = description;
    for (ScalarNode key : duplicates) {
      file.report(key, "duplicate key '" + key.getValue() + "' in " + what, "remove one of the two '" + key.getValue() + "' keys");
    }
    entries.forEach(
        (key, tuple) -> {
          if (!known.contains(key)) {
            file.report(
                tuple.getKeyNode(),
                "unknown key '" + key + "' in " + what,
                DidYouMean.closest(key, known)
                    .map(c -> "did you mean '" + c + "'?")
                    .orElse("remove it; the keys of " + what + " are " + String.join(", ", known)));
          }
        });
    for (String key : required) {
      if (!entries.containsKey(key)) {
        file.report(node, "missing key '" + key + "' in " + what, "add '" + key + ":' to " + what);
      }
    }
    return this;
  }

  /** How messages name this mapping. */
  String what() {
    return what;
  }

  /** Where the mapping starts. */
  SourceLocation location() {
    return file.at(node);
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  /** Where {@code key} is written, or the mapping's start when it is absent. */
  SourceLocation keyLocation(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? location() : file.at(tuple.getKeyNode());
  }

  /** The value node of {@code key}, unchecked. */
  Optional<Node> node(String key) {
    return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
  }

  /** The scalar text of {@code key} without reporting anything, for naming the mapping early. */
  Optional<String> peekText(String key) {
    return node(key)
        .filter(n -> n instanceof ScalarNode s && !s.getTag().equals(Tag.NULL))
        .map(n -> ((ScalarNode) n).getValue());
  }

  /** A text value; any scalar but null counts (numbers and booleans are kept as written). */
  Optional<Located<String>> text(String key) {
    return value(key)
        .flatMap(
            value -> {
              if (value instanceof ScalarNode scalar) {
                return Optional.of(new Located<>(scalar.getValue(), file.at(value)));
              }
              wrongType(key, value, "text", "write text after '" + key + ":'");
              return Optional.empty();
            });
  }

  /** {@code true} or {@code false}. */
  Optional<Located<Boolean>> bool(String key) {
    return value(key)
        .flatMap(
            value -> {
              if (value instanceof ScalarNode scalar
                  && scalar.getTag().equals(Tag.BOOL)
                  && (scalar.getValue().equals("true") || scalar.getValue().equals("false"))) {
                return Optional.of(new Located<>(Boolean.parseBoolean(scalar.getValue()), file.at(value)));
              }
              wrongType(key, value, "true or false", "write '" + key + ": true' or '" + key + ": false'");
              return Optional.empty();
            });
  }

  /** A whole number that fits an {@code int}. */
  Optional<Located<Integer>> integer(String key, String fix) {
    return value(key)
        .flatMap(
            value -> {
              if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
                try {
                  return Optional.of(new Located<>(Integer.parseInt(scalar.getValue()), file.at(value)));
                } catch (NumberFormatException e) {
                  // Falls through to the report: too large, or an explicit !!int on text.
                }
              }
              wrongType(key, value, "a whole number", fix);
              return Optional.empty();
            });
  }

  /** Whether the value of {@code key} is a plain whole number, not quoted text. */
  boolean isInteger(String key) {
    return node(key).filter(n -> n instanceof ScalarNode s && s.getTag().equals(Tag.INT)).isPresent();
  }

  /** A list; an empty value is not one (write {@code []}). */
  Optional<List<Node>> list(String key) {
    return value(key)
        .flatMap(
            value -> {
              if (value instanceof SequenceNode sequence) {
                return Optional.of(sequence.getValue());
              }
              wrongType(key, value, "a list", "write one '- ' item a line under '" + key + ":', or '" + key + ": []'");
              return Optional.empty();
            });
  }

  /** A value that is present and not empty; reports an empty one. */
  private Optional<Node> value(String key) {
    Optional<Node> value = node(key);
    if (value.isPresent() && value.get() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
      file.report(
          entries.get(key).getKeyNode(),
          "'" + key + "' of " + what + " has no value",
          "write a value after '" + key + ":'");
      return Optional.empty();
    }
    return value;
  }

  private void wrongType(String key, Node value, String expected, String fix) {
    file.report(
        value,
        "'" + key + "' of " + what + " must be " + expected + ", not " + kindOf(value),
        fix);
  }

  /** How a message names what a node is: {@code 'yes-please'}, a list, a mapping. */
  static String kindOf(Node node) {
    if (node instanceof ScalarNode scalar) {
      if (scalar.getTag().equals(Tag.NULL) && scalar.isPlain()) {
        return "an empty value";
      }
      String value = scalar.getValue().replace("\n", "\\n");
      String shown = value.length() > 40 ? "'" + value.substring(0, 40) + "...'" : "'" + value + "'";
      // A quoted 'true' or '200' looks right but is text: say so, or the message reads as nonsense.
      return scalar.isPlain() ? shown : "the quoted text " + shown;
    }
    return node instanceof SequenceNode ? "a list" : "a mapping";
  }
}
