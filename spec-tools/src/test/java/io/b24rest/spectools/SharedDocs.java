package io.b24rest.spectools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reference copy of the docs and of the portal's OpenAPI document, in {@code shared/} beside
 * the repository (as CI lays it out). A test that needs them fails, saying where it looked.
 */
public final class SharedDocs {
  private SharedDocs() {}

  public static Path root() {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      Path shared = at.resolve("shared");
      if (Files.isDirectory(shared.resolve("bitrix24-docs"))) {
        return shared;
      }
      Path sibling = at.resolveSibling("shared");
      if (Files.isDirectory(sibling.resolve("bitrix24-docs"))) {
        return sibling;
      }
    }
    throw new IllegalStateException("no shared/bitrix24-docs above or beside " + Path.of("").toAbsolutePath()
        + ": the docs copy must lie beside the repository");
  }

  public static Path docs() {
    return root().resolve("bitrix24-docs");
  }

  public static Path openApi() {
    return root().resolve("bitrix24-openapi").resolve("openapi.json");
  }

  /** Every REST 3.0 method page of the docs copy: found by what the pages say, not listed. */
  public static List<Path> restV3Pages() {
    try (Stream<Path> files = Files.walk(docs().resolve("api-reference"))) {
      return files.filter(file -> file.toString().endsWith(".md"))
          .filter(SharedDocs::isMethodPage)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isMethodPage(Path file) {
    try {
      String text = Files.readString(file);
      return text.contains("This method belongs to REST 3.0") && text.contains("## Method Parameters");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
