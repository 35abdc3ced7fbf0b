package io.b24rest.spectools;

import io.b24rest.spectools.draft.DraftMethod;
import io.b24rest.spectools.draft.DraftType;
import io.b24rest.spectools.draft.DraftYamlWriter;
import io.b24rest.spectools.openapi.OpenApiDocument;
import io.b24rest.spectools.openapi.OpenApiImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import-openapi <openapi.json> [--method <name>]... --out <dir>}. */
@Command(
    name = "import-openapi",
    mixinStandardHelpOptions = true,
    description = "Drafts specs for the methods of a portal's OpenAPI document (rest.documentation.openapi).")
final class ImportOpenApiCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<openapi.json>", description = "the portal's OpenAPI document")
  Path document;

  @Option(names = "--method", paramLabel = "<name>", description = "only this method (repeatable); default: all")
  List<String> methods = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "<dir>", description = "folder for the drafts")
  Path out;

  @Override
  public Integer call() {
    OpenApiDocument openApi = Documents.read(document);
    OpenApiImporter importer = new OpenApiImporter(openApi);
    Map<String, com.fasterxml.jackson.databind.JsonNode> operations = openApi.methods();
    List<String> unknown = methods.stream().filter(name -> !operations.containsKey(name)).toList();
    if (!unknown.isEmpty()) {
      throw new ToolException("the document describes no method " + String.join(", ", unknown), 2);
    }
    for (String name : importer.methodNames(methods)) {
      DraftMethod draft = importer.read(name, operations.get(name));
      Path file = SpecFiles.methodFile(out, draft.scope, draft.method);
      SpecFiles.write(file, new DraftYamlWriter(SpecFiles.schemaPath(file.getParent())).write(draft));
      spec.commandLine().getOut().println("wrote " + file);
      spec.commandLine().getErr().println("todo: " + name + ": " + draft.todoCount() + " TODO(s) to review");
    }
    for (Map.Entry<String, List<DraftType>> scope : importer.types().entrySet()) {
      Path file = out.resolve(scope.getKey()).resolve(scope.getKey() + ".types.yaml");
      SpecFiles.write(file, new DraftYamlWriter(SpecFiles.schemaPath(file.getParent()))
          .writeTypes(scope.getKey(), scope.getValue()));
      spec.commandLine().getOut().println("wrote " + file);
    }
    return 0;
  }
}
