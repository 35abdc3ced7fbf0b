package io.b24rest.spectools;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar b24-spec-tools.jar <command>}: drafts specs from docs pages or a portal's
 * OpenAPI document, and compares the specs with a portal. Every failure is one line on stderr and
 * a non-zero exit code: 1 for a finding (drift, a page that could not be imported), 2 for usage.
 */
@Command(
    name = "b24-spec-tools",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Drafts Bitrix24 REST 3.0 specs and checks them against a portal.",
    subcommands = {ImportDocsCommand.class, ImportOpenApiCommand.class, DriftCommand.class})
public final class SpecTools implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line with the given output streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new SpecTools());
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("error: " + oneLine(e));
      return e instanceof ToolException tool ? tool.exitCode() : 4;
    });
    line.setParameterExceptionHandler((e, args2) -> {
      e.getCommandLine().getErr().println("error: " + e.getMessage()
          + " (see --help)");
      return 2;
    });
    return line.execute(args);
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replace('\n', ' ');
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: import-docs, import-openapi or drift");
  }
}
