package io.b24rest.spectools.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One row of a params or returned-data table: name, docs type, description cell. */
record TableRow(String name, boolean required, Optional<String> type, Optional<String> anchor, String cell) {

  /** The rows of a two-column name/description table, its header row skipped. */
  static List<TableRow> of(List<List<String>> rows) {
    List<TableRow> result = new ArrayList<>();
    for (List<String> row : rows) {
      if (row.size() < 2) {
        continue;
      }
      Optional<String> name = Markdown.boldName(row.get(0));
      if (name.isEmpty() || isHeader(row)) {
        continue;
      }
      result.add(new TableRow(
          name.get().replace("\\", ""),
          Markdown.requiredMark(row.get(0)),
          Markdown.typeOf(row.get(0)),
          Markdown.anchorOf(row.get(0)),
          String.join(" | ", row.subList(1, row.size()))));
    }
    return result;
  }

  /** {@code || **Name** `type` | **Description** ||}: the header, not a field called "name". */
  private static boolean isHeader(List<String> row) {
    return Markdown.boldName(row.get(0)).orElse("").equalsIgnoreCase("name")
        && Markdown.boldName(row.get(1)).orElse("").equalsIgnoreCase("description");
  }

  /** The last segment of a dotted or indexed name ({@code items[].id} is {@code id}). */
  String leaf() {
    String leaf = name.replace("[]", "");
    return leaf.substring(leaf.lastIndexOf('.') + 1);
  }
}
