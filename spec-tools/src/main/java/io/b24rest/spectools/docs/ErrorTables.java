package io.b24rest.spectools.docs;

import io.b24rest.spectools.draft.DraftError;
import io.b24rest.spectools.yfm.Block;
import io.b24rest.spectools.yfm.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a page's "Possible Error Codes": each table follows an "Error Code: `X`" line and
 * has the columns field, description and fix (or a code column of its own).
 */
final class ErrorTables {
  private static final Pattern CODE_LINE = Pattern.compile("(?i)error code:?\\s*`([^`]+)`");

  private ErrorTables() {}

  static List<DraftError> read(Section errors) {
    List<DraftError> rows = new ArrayList<>();
    String code = null;
    for (Block block : errors.deepBlocks().toList()) {
      if (block instanceof Block.Paragraph paragraph) {
        Matcher line = CODE_LINE.matcher(paragraph.text());
        if (line.find()) {
          code = line.group(1).strip();
        }
      } else if (block instanceof Block.Table table && !table.rows().isEmpty()) {
        rows.addAll(rows(table.rows(), code));
      }
    }
    return rows;
  }

  private static List<DraftError> rows(List<List<String>> table, String code) {
    List<String> header = table.get(0).stream().map(cell -> Markdown.plain(cell).toLowerCase()).toList();
    int field = column(header, "field");
    int description = column(header, "description");
    int fix = column(header, "fix");
    int codeColumn = column(header, "code");
    List<DraftError> errors = new ArrayList<>();
    for (List<String> row : table.subList(1, table.size())) {
      String rowCode = codeColumn >= 0 && codeColumn < row.size()
          ? Markdown.codeSpans(row.get(codeColumn)).stream().findFirst().orElse(null)
          : code;
      if (rowCode == null || description < 0 || description >= row.size()) {
        continue;
      }
      List<String> fields = field >= 0 && field < row.size()
          ? Markdown.codeSpans(row.get(field)).stream().filter(name -> name.matches("[A-Za-z_][\\w.\\[\\]]*")).toList()
          : List.of();
      errors.add(new DraftError(
          rowCode,
          fields,
          Markdown.plain(row.get(description)).replace('\n', ' '),
          fix >= 0 && fix < row.size() ? Markdown.plain(row.get(fix)).replace('\n', ' ') : "",
          Optional.empty()));
    }
    return errors;
  }

  private static int column(List<String> header, String word) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).contains(word)) {
        return i;
      }
    }
    return -1;
  }
}
