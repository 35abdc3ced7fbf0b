package io.b24rest.spectools.yfm;

import java.util.List;
import java.util.Optional;

/** One block of a docs page as the docs site renders it, includes already resolved. */
public sealed interface Block {

  /** {@code ## Method Parameters {#params}}. */
  record Heading(int level, String text, Optional<String> anchor) implements Block {}

  /** Consecutive text lines, joined with a newline. */
  record Paragraph(String text) implements Block {}

  /** A {@code >} block quote, its markers removed. */
  record Quote(String text) implements Block {}

  /** A bullet or numbered list: one entry an item, continuation lines joined. */
  record ListBlock(List<String> items) implements Block {
    public ListBlock {
      items = List.copyOf(items);
    }
  }

  /** A YFM table ({@code #| || a | b || |#}): rows of cells, each cell its Markdown text. */
  record Table(List<List<String>> rows) implements Block {
    public Table {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** A fenced code block. */
  record Code(String language, String text) implements Block {}

  /** {@code {% list tabs %}}: one tab a label with its blocks. */
  record Tabs(List<Tab> tabs) implements Block {
    public Tabs {
      tabs = List.copyOf(tabs);
    }
  }

  /** One tab of {@link Tabs}. */
  record Tab(String label, List<Block> blocks) {
    public Tab {
      blocks = List.copyOf(blocks);
    }
  }

  /** {@code {% note info "" %} ... {% endnote %}} and {@code {% cut %}}. */
  record Note(String kind, List<Block> blocks) implements Block {
    public Note {
      blocks = List.copyOf(blocks);
    }
  }
}
