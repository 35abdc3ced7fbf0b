package io.b24rest.spec.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first line of every spec source file points the IDE's YAML plugin at the right schema:
 * {@code # yaml-language-server: $schema=<relative path>}. A wrong count of {@code ../} silently
 * turns off validation and completion, so it is checked here.
 */
class SchemaCommentTest {
  private static final String PREFIX = "# yaml-language-server: $schema=";
  private static final Path SOURCES = Path.of("../spec/src/main/resources");
  private static final Path SCHEMAS = Path.of("../spec/schema");

  @Test
  void everySpecSourceNamesTheSchemaOfItsKindByAWorkingRelativePath() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String file : SchemaFiles.indexed()) {
      Path source = SOURCES.resolve(file);
      String firstLine = Files.readAllLines(source).get(0);
      if (!firstLine.startsWith(PREFIX)) {
        problems.add(file + ":1: first line must be '" + PREFIX + "<relative path>'");
        continue;
      }
      Path target =
          source.getParent().resolve(firstLine.substring(PREFIX.length()).strip()).normalize();
      Path expected = SCHEMAS.resolve(SchemaFiles.of(SchemaFiles.kindOf(file))).normalize();
      if (!target.equals(expected) || !Files.isRegularFile(target)) {
        problems.add(file + ":1: $schema resolves to " + target + ", expected " + expected);
      }
    }
    assertEquals(List.of(), problems, () -> String.join("\n", problems));
  }
}
