package io.b24rest.spectools;

import io.b24rest.spectools.docs.DocsImporter;
import io.b24rest.spectools.docs.DocsPageException;
import io.b24rest.spectools.docs.ErrorCatalogue;
import io.b24rest.spectools.draft.DraftMethod;
import io.b24rest.spectools.draft.DraftType;
import io.b24rest.spectools.draft.Names;
import io.b24rest.spectools.draft.SharedShapes;
import io.b24rest.spectools.draft.DraftYamlWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
    List<DraftMethod> drafts = new ArrayList<>();
    for (Path page : pages) {
      if (!Files.isRegularFile(page)) {
        spec.commandLine().getErr().println("error: " + page + ": no such file");
        failed++;
        continue;
      }
      try {
        drafts.add(importer.read(page));
      } catch (DocsPageException e) {
        spec.commandLine().getErr().println("error: " + e.getMessage());
        failed++;
      } catch (IOException e) {
        spec.commandLine().getErr().println("error: " + page + ": cannot read: " + e.getMessage());
        failed++;
      }
    }
    for (Map.Entry<String, List<DraftType>> scope : sharedTypes(drafts).entrySet()) {
      Path file = typesFile(scope.getKey());
      SpecFiles.write(file, new DraftYamlWriter(SpecFiles.schemaPath(file.getParent()))
          .writeTypes(scope.getKey(), scope.getValue()));
      spec.commandLine().getOut().println("wrote " + file);
    }
    for (DraftMethod draft : drafts) {
      Path file = SpecFiles.methodFile(out, draft.scope, draft.method);
      SpecFiles.write(file, new DraftYamlWriter(SpecFiles.schemaPath(file.getParent())).write(draft));
      spec.commandLine().getOut().println("wrote " + file);
    }
    importer.warnings().forEach(warning -> spec.commandLine().getErr().println("todo: " + warning));
    return failed == 0 ? 0 : 1;
  }

  /**
   * The shapes that repeat within a scope, as named types; a scope whose types file exists already
   * (curated, or from an earlier run) keeps its shapes inline, so that no file is overwritten.
   */
  private Map<String, List<DraftType>> sharedTypes(List<DraftMethod> drafts) {
    List<DraftMethod> factorable = new ArrayList<>();
    Set<String> kept = new TreeSet<>();
    for (DraftMethod draft : drafts) {
      if (Files.exists(typesFile(draft.scope))) {
        kept.add(draft.scope);
      } else {
        factorable.add(draft);
      }
    }
    kept.forEach(scope -> spec.commandLine().getErr().println("todo: " + typesFile(scope)
        + " exists, so shapes the " + scope + " drafts share stay inline; move them into it by hand"));
    return SharedShapes.factor(factorable, Names.RESERVED_TYPE_NAMES);
  }

  private Path typesFile(String scope) {
    return out.resolve(scope).resolve(scope + ".types.yaml");
  }
}
