package io.b24rest.spectools.docs;

import io.b24rest.spectools.yfm.Block;
import io.b24rest.spectools.yfm.Section;
import io.b24rest.spectools.yfm.YfmParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field tables of the pages a cell links to ("Description of task fields with related
 * objects" points at {@code fields-rest-v3.md}): where a page describes its fields elsewhere.
 */
final class LinkedPages {
  private static final Pattern PAGE_LINK = Pattern.compile("\\]\\(([^)#]+\\.md)(?:#[^)]*)?\\)");
  private final Path page;
  private final Map<Path, List<TableRow>> cache = new HashMap<>();

  LinkedPages(Path page) {
    this.page = page;
  }

  /** Every row of every table of the pages {@code cell} links to, data-types pages left out. */
  List<TableRow> rows(String cell) {
    Matcher link = PAGE_LINK.matcher(cell);
    List<TableRow> rows = new java.util.ArrayList<>();
    while (link.find()) {
      String target = link.group(1);
      if (target.contains("data-types") || target.startsWith("http")) {
        continue;
      }
      Path linked = page.resolveSibling(target).normalize();
      rows.addAll(cache.computeIfAbsent(linked, LinkedPages::read));
    }
    return rows;
  }

  private static List<TableRow> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return Section.outline(new YfmParser().parse(file)).deepBlocks()
          .filter(Block.Table.class::isInstance)
          .flatMap(table -> TableRow.of(((Block.Table) table).rows()).stream())
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
