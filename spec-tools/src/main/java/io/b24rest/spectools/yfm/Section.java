package io.b24rest.spectools.yfm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A heading with the blocks under it and its sub-sections: the page's outline. */
public final class Section {
  private final Block.Heading heading;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Section> children = new ArrayList<>();

  private Section(Block.Heading heading) {
    this.heading = heading;
  }

  /** The outline of {@code blocks}: a root section (no heading) holding the rest. */
  public static Section outline(List<Block> blocks) {
    Section root = new Section(null);
    List<Section> open = new ArrayList<>(List.of(root));
    for (Block block : blocks) {
      if (block instanceof Block.Heading heading) {
        while (open.size() > 1 && open.get(open.size() - 1).level() >= heading.level()) {
          open.remove(open.size() - 1);
        }
        Section section = new Section(heading);
        open.get(open.size() - 1).children.add(section);
        open.add(section);
      } else {
        open.get(open.size() - 1).blocks.add(block);
      }
    }
    return root;
  }

  private int level() {
    return heading == null ? 0 : heading.level();
  }

  public Optional<Block.Heading> heading() {
    return Optional.ofNullable(heading);
  }

  public String title() {
    return heading == null ? "" : heading.text();
  }

  /** The blocks directly under the heading, before the first sub-section. */
  public List<Block> blocks() {
    return List.copyOf(blocks);
  }

  public List<Section> children() {
    return List.copyOf(children);
  }

  /** This section and every section below it, in page order. */
  public Stream<Section> all() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(Section::all));
  }

  /** The first section, here or below, whose title satisfies {@code test}. */
  public Optional<Section> find(Predicate<String> test) {
    return all().filter(section -> section.heading != null && test.test(section.title())).findFirst();
  }

  /** The section whose heading carries {@code {#anchor}}. */
  public Optional<Section> anchor(String anchor) {
    return all().filter(s -> s.heading != null && s.heading.anchor().map(anchor::equalsIgnoreCase).orElse(false))
        .findFirst();
  }

  /** Every block of this section and its sub-sections, notes and tabs opened, in page order. */
  public Stream<Block> deepBlocks() {
    return Stream.concat(blocks.stream().flatMap(Section::open), children.stream().flatMap(Section::deepBlocks));
  }

  private static Stream<Block> open(Block block) {
    if (block instanceof Block.Note note) {
      return Stream.concat(Stream.of(block), note.blocks().stream().flatMap(Section::open));
    }
    if (block instanceof Block.Tabs tabs) {
      return Stream.concat(
          Stream.of(block), tabs.tabs().stream().flatMap(tab -> tab.blocks().stream()).flatMap(Section::open));
    }
    return Stream.of(block);
  }
}
