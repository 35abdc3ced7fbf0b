package io.b24rest.spectools.yfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YfmParserTest {
  @TempDir Path temp;

  @Test
  void readsTablesWithMultiLineCellsAndPipesInCode() {
    String page = "#|\n|| **Name**\n`type` | **Description** ||\n|| **id***\n[`integer`](x.md) | An id.\n\n"
        + "Second line with `a|b` ||\n|#\n";
    Block.Table table = (Block.Table) new YfmParser().parse(page, null).get(0);
    assertEquals(2, table.rows().size());
    assertEquals(2, table.rows().get(1).size());
    assertTrue(table.rows().get(1).get(1).contains("`a|b`"));
  }

  @Test
  void resolvesIncludesRelativeToTheIncludingFile() throws IOException {
    Files.createDirectories(temp.resolve("_includes"));
    Files.writeString(temp.resolve("_includes/errors.md"), "### System errors\n\nText.\n");
    Path page = Files.writeString(temp.resolve("page.md"),
        "# Title a.b\n\n{% include notitle [Errors](./_includes/errors.md) %}\n");
    List<Block> blocks = new YfmParser().parse(page);
    assertEquals(new Block.Heading(3, "System errors", java.util.Optional.empty()), blocks.get(1));
  }

  @Test
  void readsTabsWithIndentedCodeBlocks() {
    String page = "{% list tabs %}\n\n- cURL (Webhook)\n\n    ```bash\n    curl -d '{\"id\":1}'\n    ```\n\n"
        + "- JS\n\n    ```js\n    call()\n    ```\n\n{% endlist %}\n";
    Block.Tabs tabs = (Block.Tabs) new YfmParser().parse(page, null).get(0);
    assertEquals(List.of("cURL (Webhook)", "JS"), tabs.tabs().stream().map(Block.Tab::label).toList());
    Block.Code code = (Block.Code) tabs.tabs().get(0).blocks().get(0);
    assertEquals("bash", code.language());
    assertEquals("curl -d '{\"id\":1}'\n", code.text());
  }

  @Test
  void readsHeadingAnchorsAndNotes() {
    List<Block> blocks = new YfmParser().parse(
        "### Parameter Pagination {#pagination}\n\n{% note info \"\" %}\n\nInside.\n\n{% endnote %}\n", null);
    assertEquals(new Block.Heading(3, "Parameter Pagination", java.util.Optional.of("pagination")), blocks.get(0));
    Block.Note note = (Block.Note) blocks.get(1);
    assertEquals(List.of(new Block.Paragraph("Inside.")), note.blocks());
  }
}
