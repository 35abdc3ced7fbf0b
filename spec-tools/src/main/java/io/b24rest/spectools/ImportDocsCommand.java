package io.b24rest.spectools;

import io.b24rest.spectools.docs.DocsImporter;
import io.b24rest.spectools.docs.DocsPageException;
import io.b24rest.spectools.docs.ErrorCatalogue;
import io.b24rest.spectools.draft.DraftMethod;
import io.b24rest.spectools.draft.DraftYamlWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import-docs <page.md>... --out <dir>}: one draft spec per REST 3.0 method page. */
@Command(
    name = "import-docs",
    mixinStandardHelpOptions = true,
    description = "Drafts one spec per REST 3.0 method page (<out>/<scope>/<method>.yaml).")
final class ImportDocsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "<page.md>", description = "docs pages (Yandex Flavored Markdown)")
  List<Path> pages;

  @Option(names = "--out", required = true, paramLabel = "<dir>", description = "folder for the drafts")
  Path out;

  @Override
  public Integer call() {
    DocsImporter importer = new DocsImporter(ErrorCatalogue.codes());
    int failed = 0;
    for (Path page : pages) {
      if (!Files.isRegularFile(page)) {
        spec.commandLine().getErr().println("error: " + page + ": no such file");
        failed++;
        continue;
      }
      try {
        DraftMethod draft = importer.read(page);
        Path file = SpecFiles.methodFile(out, draft.scope, draft.method);
        SpecFiles.write(file, new DraftYamlWriter(SpecFiles.schemaPath(file.getParent())).write(draft));
        spec.commandLine().getOut().println("wrote " + file);
      } catch (DocsPageException e) {
        spec.commandLine().getErr().println("error: " + e.getMessage());
        failed++;
      } catch (IOException e) {
        spec.commandLine().getErr().println("error: " + page + ": cannot read: " + e.getMessage());
        failed++;
      }
    }
    importer.warnings().forEach(warning -> spec.commandLine().getErr().println("todo: " + warning));
    return failed == 0 ? 0 : 1;
  }
}
