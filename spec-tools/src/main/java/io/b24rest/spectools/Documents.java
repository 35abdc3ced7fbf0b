package io.b24rest.spectools;

import io.b24rest.spectools.openapi.OpenApiDocument;
import io.b24rest.spectools.openapi.OpenApiException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an OpenAPI document given on the command line, failing with one line. */
final class Documents {
  private Documents() {}

  static OpenApiDocument read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ToolException(file + ": no such file", 2);
    }
    try {
      return OpenApiDocument.read(file);
    } catch (OpenApiException e) {
      throw new ToolException(e.getMessage(), 2);
    }
  }
}
