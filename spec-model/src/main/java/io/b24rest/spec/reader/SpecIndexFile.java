package io.b24rest.spec.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * The spec index ({@code bitrix24/spec/index.txt}, which the spec module's build writes): one
 * class path resource a line; blank lines and {@code #} comments are skipped. The one parser of
 * it, for the reader and the processor alike.
 */
public final class SpecIndexFile {
  private SpecIndexFile() {}

  /**
   * A listed resource, with the line that lists it.
   *
   * @param path the class path resource
   * @param line its 1-based line in the index
   */
  public record Entry(String path, int line) {}

  /**
   * The entries of an index, in order.
   *
   * @param text the index's text
   * @return its entries
   */
  public static List<Entry> entries(String text) {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String path = lines[i].strip();
      if (!path.isEmpty() && !path.startsWith("#")) {
        entries.add(new Entry(path, i + 1));
      }
    }
    return entries;
  }
}
