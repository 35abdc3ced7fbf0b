package io.b24rest.spectools;

import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spectools.drift.DriftReport;
import io.b24rest.spectools.openapi.OpenApiDocument;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code drift <openapi.json | --webhook URL>}: the specs on the class path against a portal. */
@Command(
    name = "drift",
    mixinStandardHelpOptions = true,
    description = "Compares the specs on the class path with a portal's OpenAPI document; exit 1 on any difference.")
final class DriftCommand implements Callable<Integer> {
  static final String INDEX = "bitrix24/spec/index.txt";

  @Spec CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Source source;

  static final class Source {
    @Parameters(paramLabel = "<openapi.json>", description = "a saved OpenAPI document")
    Path file;

    @Option(names = "--webhook", paramLabel = "URL",
        description = "fetch the document live through rest.documentation.openapi (or B24_WEBHOOK_URL)")
    String webhook;
  }

  @Override
  public Integer call() {
    OpenApiDocument portal = source.file != null ? Documents.read(source.file) : LiveDocument.fetch(source.webhook);
    DriftReport report = DriftReport.compare(specs(), portal);
    report.lines().forEach(spec.commandLine().getOut()::println);
    spec.commandLine().getOut().println(report.summary());
    return report.clean() ? 0 : 1;
  }

  private static SpecModel specs() {
    SpecReadResult read = SpecReader.readClassPath(DriftCommand.class.getClassLoader(), INDEX);
    return read.model().orElseThrow(() -> new ToolException(
        "the specs on the class path have errors: " + read.diagnostics().get(0).format(), 4));
  }
}
