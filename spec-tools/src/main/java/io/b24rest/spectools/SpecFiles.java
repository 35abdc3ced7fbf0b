package io.b24rest.spectools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a draft goes ({@code <out>/<scope>/<method>.yaml}) and the schema path it points to. */
final class SpecFiles {
  private SpecFiles() {}

  static Path methodFile(Path out, String scope, String method) {
    return out.resolve(scope).resolve(method + ".yaml");
  }

  /**
   * The folder of the JSON Schemas relative to {@code folder}, when a {@code spec/schema} folder
   * is above it (drafts written into this repository), or {@code null}.
   */
  static String schemaPath(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    for (Path at = absolute; at != null; at = at.getParent()) {
      Path schema = at.resolve("spec").resolve("schema");
      if (Files.isRegularFile(schema.resolve("bitrix24-method.schema.json"))) {
        return absolute.relativize(schema).toString().replace('\\', '/') + "/";
      }
      if (at.getFileName() != null && at.getFileName().toString().equals("spec")
          && Files.isRegularFile(at.resolve("schema").resolve("bitrix24-method.schema.json"))) {
        return absolute.relativize(at.resolve("schema")).toString().replace('\\', '/') + "/";
      }
    }
    return null;
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ToolException("cannot write " + file + ": " + e.getMessage(), 2);
    }
  }
}
