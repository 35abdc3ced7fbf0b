package io.b24rest.spec.reader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Writes a YAML example as compact JSON, keeping key order and numbers exactly as written
 * ({@code 1780407000.104211} stays that decimal, {@code 0} stays an integer).
 */
final class JsonText {
  private static final JsonFactory JSON = new JsonFactory();
  private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private final SpecFile file;
  private final String what;
  private boolean valid = true;

  private JsonText(SpecFile file, String what) {
    this.file = file;
    this.what = what;
  }

  /** The JSON text of {@code node}, or empty after reporting what JSON cannot hold. */
  static Optional<String> of(SpecFile file, Node node, String what) {
    JsonText writer = new JsonText(file, what);
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      writer.write(node, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // A StringWriter does not fail.
    }
    return writer.valid ? Optional.of(out.toString()) : Optional.empty();
  }

  private void write(Node node, JsonGenerator out) throws IOException {
    if (node instanceof MappingNode mapping) {
      out.writeStartObject();
      Set<String> keys = new HashSet<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
          invalid(tuple.getKeyNode(), "a key in " + what + " is not text", "use text keys only, as JSON does");
          continue;
        }
        if (!keys.add(key.getValue())) {
          invalid(key, "duplicate key '" + key.getValue() + "' in " + what, "remove one of the two keys");
          continue;
        }
        out.writeFieldName(key.getValue());
        write(tuple.getValueNode(), out);
      }
      out.writeEndObject();
    } else if (node instanceof SequenceNode sequence) {
      out.writeStartArray();
      for (Node item : sequence.getValue()) {
        write(item, out);
      }
      out.writeEndArray();
    } else if (node instanceof ScalarNode scalar) {
      writeScalar(scalar, out);
    }
  }

  private void writeScalar(ScalarNode scalar, JsonGenerator out) throws IOException {
    Tag tag = scalar.getTag();
    String value = scalar.getValue();
    if (tag.equals(Tag.NULL)) {
      out.writeNull();
    } else if (tag.equals(Tag.BOOL) && (value.equals("true") || value.equals("false"))) {
      out.writeBoolean(Boolean.parseBoolean(value));
    } else if ((tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) && JSON_NUMBER.matcher(value).matches()) {
      out.writeNumber(value);
    } else if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      invalid(scalar, "the number '" + value + "' in " + what + " is not a JSON number", "write a JSON number such as 1, -2.5 or 1e3");
      out.writeNull();
    } else {
      out.writeString(value);
    }
  }

  private void invalid(Node node, String problem, String fix) {
    valid = false;
    file.report(node, problem, fix);
  }
}
