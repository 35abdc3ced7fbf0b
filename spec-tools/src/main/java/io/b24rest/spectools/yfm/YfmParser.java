package io.b24rest.spectools.yfm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Yandex Flavored Markdown page into blocks the way the docs site renders it: includes
 * resolved relative to the including file, YFM tables split into rows and cells, code fences,
 * tabs and notes nested. Only the block structure is read here; what the blocks mean is the
 * importer's business.
 */
public final class YfmParser {
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)(?:\\s*\\{#([^}]+)\\})?\\s*$");
  private static final Pattern INCLUDE =
      Pattern.compile("^\\{%\\s*include\\s+(?:notitle\\s+)?\\[[^\\]]*\\]\\(([^)]+)\\)\\s*%\\}$");
  private static final Pattern DIRECTIVE = Pattern.compile("^\\{%\\s*(\\w+)(.*?)%\\}$");
  private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]|\\d+\\.)\\s+(.*)$");
  private static final int MAX_INCLUDE_DEPTH = 8;

  private final List<String> warnings = new ArrayList<>();

  /** What could not be read (an include that is missing), for the caller to report. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** The blocks of the page at {@code file}. */
  public List<Block> parse(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file, 0);
  }

  /** The blocks of {@code text}; includes are resolved relative to {@code file} when it is set. */
  public List<Block> parse(String text, Path file) {
    return parse(text, file, 0);
  }

  private List<Block> parse(String text, Path file, int depth) {
    List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    return new Cursor(lines, file, depth).blocks(null);
  }

  /** Walks the lines of one text; {@code blocks(end)} reads until the directive {@code end}. */
  private final class Cursor {
    private final List<String> lines;
    private final Path file;
    private final int depth;
    private int at;

    Cursor(List<String> lines, Path file, int depth) {
      this.lines = lines;
      this.file = file;
      this.depth = depth;
    }

    List<Block> blocks(String end) {
      List<Block> blocks = new ArrayList<>();
      while (at < lines.size()) {
        String line = lines.get(at);
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          at++;
          continue;
        }
        Matcher directive = DIRECTIVE.matcher(trimmed);
        if (directive.matches()) {
          String name = directive.group(1);
          if (name.equals(end)) {
            at++;
            return blocks;
          }
          at++;
          directive(name, trimmed, directive.group(2).strip(), blocks);
          continue;
        }
        if (trimmed.startsWith("```")) {
          blocks.add(code(trimmed.substring(3).strip()));
        } else if (trimmed.startsWith("#|")) {
          blocks.add(table());
        } else if (HEADING.matcher(line).matches()) {
          Matcher heading = HEADING.matcher(line);
          heading.matches();
          blocks.add(new Block.Heading(
              heading.group(1).length(), heading.group(2).strip(), Optional.ofNullable(heading.group(3))));
          at++;
        } else if (trimmed.startsWith(">")) {
          blocks.add(quote());
        } else if (LIST_ITEM.matcher(line).matches()) {
          blocks.add(list());
        } else {
          blocks.add(paragraph());
        }
      }
      return blocks;
    }

    private void directive(String name, String whole, String args, List<Block> blocks) {
      switch (name) {
        case "include" -> include(whole, blocks);
        case "list" -> blocks.add(tabs());
        case "note" -> blocks.add(new Block.Note(args, blocks("endnote")));
        case "cut" -> blocks.add(new Block.Note("cut " + args, blocks("endcut")));
        default -> {
          // Conditions ({% if %}) and other directives do not change what a method page says.
        }
      }
    }

    private void include(String whole, List<Block> blocks) {
      Matcher include = INCLUDE.matcher(whole);
      if (!include.matches() || file == null) {
        return;
      }
      Path target = file.resolveSibling(include.group(1)).normalize();
      if (depth >= MAX_INCLUDE_DEPTH || !Files.isRegularFile(target)) {
        warnings.add("include " + include.group(1) + " of " + file.getFileName() + " not found");
        return;
      }
      try {
        blocks.addAll(parse(Files.readString(target, StandardCharsets.UTF_8), target, depth + 1));
      } catch (IOException e) {
        warnings.add("include " + include.group(1) + " could not be read");
      }
    }

    /** {@code - Label} lines at the tabs' indentation, each followed by its indented content. */
    private Block tabs() {
      List<Block.Tab> tabs = new ArrayList<>();
      String label = null;
      List<String> body = new ArrayList<>();
      while (at < lines.size()) {
        String line = lines.get(at);
        String trimmed = line.strip();
        if (trimmed.startsWith("{%") && trimmed.contains("endlist")) {
          at++;
          break;
        }
        at++;
        Matcher item = LIST_ITEM.matcher(line);
        if (item.matches()) {
          if (label != null) {
            tabs.add(tab(label, body));
          }
          label = item.group(1).strip();
          body = new ArrayList<>();
        } else {
          body.add(line);
        }
      }
      if (label != null) {
        tabs.add(tab(label, body));
      }
      return new Block.Tabs(tabs);
    }

    private Block.Tab tab(String label, List<String> body) {
      return new Block.Tab(label, new Cursor(dedent(body), file, depth).blocks(null));
    }

    private Block code(String language) {
      at++;
      String indent = lines.get(at - 1).substring(0, lines.get(at - 1).indexOf('`'));
      StringBuilder text = new StringBuilder();
      while (at < lines.size() && !lines.get(at).strip().startsWith("```")) {
        String line = lines.get(at++);
        text.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
      }
      at++;
      return new Block.Code(language, text.toString());
    }

    private Block table() {
      StringBuilder body = new StringBuilder(lines.get(at).strip().substring(2));
      at++;
      while (at < lines.size() && !lines.get(at).strip().startsWith("|#")) {
        body.append('\n').append(lines.get(at++));
      }
      at++;
      return new Block.Table(TableCells.rows(body.toString()));
    }

    private Block quote() {
      List<String> text = new ArrayList<>();
      while (at < lines.size() && lines.get(at).strip().startsWith(">")) {
        text.add(lines.get(at++).strip().substring(1).strip());
      }
      return new Block.Quote(String.join("\n", text).strip());
    }

    private Block list() {
      List<String> items = new ArrayList<>();
      while (at < lines.size()) {
        String line = lines.get(at);
        Matcher item = LIST_ITEM.matcher(line);
        if (item.matches()) {
          items.add(item.group(1).strip());
        } else if (!line.isBlank() && Character.isWhitespace(line.charAt(0)) && !items.isEmpty()) {
          items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.strip());
        } else {
          break;
        }
        at++;
      }
      return new Block.ListBlock(items);
    }

    private Block paragraph() {
      List<String> text = new ArrayList<>();
      while (at < lines.size()) {
        String line = lines.get(at);
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("```") || trimmed.startsWith("#|")
            || trimmed.startsWith("{%") || trimmed.startsWith(">") || HEADING.matcher(line).matches()
            || LIST_ITEM.matcher(line).matches()) {
          break;
        }
        text.add(trimmed);
        at++;
      }
      return new Block.Paragraph(String.join("\n", text));
    }
  }

  private static List<String> dedent(List<String> body) {
    int indent = body.stream()
        .filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length())
        .min()
        .orElse(0);
    return body.stream().map(line -> line.length() >= indent ? line.substring(indent) : line.strip()).toList();
  }
}
