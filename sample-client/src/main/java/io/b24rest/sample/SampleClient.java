package io.b24rest.sample;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The sample command-line client: calls Bitrix24 REST 3.0 methods through the generated typed
 * client, against a real portal or, when no connection is given, an embedded fake portal.
 *
 * <p>Exit codes: see {@link ExitCodes}.
 */
@Command(
    name = "sample-client",
    mixinStandardHelpOptions = true,
    version = "sample-client 0.1.0",
    description = {
      "Calls Bitrix24 REST 3.0 methods through the generated, typed Java client.",
      "Without --webhook or --portal/--token (or the B24_* environment variables) it starts an"
          + " embedded fake portal and runs against it."
    },
    subcommands = {
      CommunicationsCommand.class,
      CallCommand.class,
      ExportCommand.class,
      MethodsCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the portal answered with an error",
      "2:usage: bad options, unknown method, bad params",
      "3:no usable answer: connection failed or the answer was not a Bitrix24 answer",
      "4:unexpected failure of this program"
    })
public final class SampleClient implements Callable<Integer> {
  @Mixin ConnectionOptions connection = new ConnectionOptions();

  @Spec CommandSpec spec;

  private final Map<String, String> environment;

  SampleClient(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** Runs the client with the process's arguments and environment, and exits with its code. */
  public static void main(String[] args) {
    Charset charset = Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
    System.exit(execute(args, System.getenv(), out, err));
  }

  /**
   * Runs the client in-process: parses {@code args}, runs the command, and writes to {@code out}
   * and {@code err} only.
   *
   * @param args the command line, for example {@code communications 15}
   * @param environment the environment variables to read the connection from
   * @return the exit code, see {@link ExitCodes}
   */
  public static int execute(
      String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
    Objects.requireNonNull(environment, "environment");
    SampleClient app = new SampleClient(environment);
    CommandLine commandLine = new CommandLine(app);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> ErrorReport.usage(exception, app.secrets()));
    commandLine.setExecutionExceptionHandler(
        (exception, failed, parsed) -> ErrorReport.failure(exception, failed.getErr(), app.secrets()));
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Without a subcommand: one line naming the commands, and a usage exit code. */
  @Override
  public Integer call() {
    throw new UsageException(
        "no command given; commands: "
            + String.join(", ", spec.subcommands().keySet())
            + " (see 'sample-client --help')");
  }

  /** The Redis URL of {@code --redis} or {@code B24_REDIS_URL}, if any. */
  @Nullable String redisUrl() {
    return connection.redis(environment);
  }

  /** The connection of this run, from the options or else the environment. */
  Connection resolveConnection() {
    return connection.resolve(environment);
  }

  /** The secrets of this run, to mask in any message that could hold one. */
  Secrets secrets() {
    return Secrets.of(connection, environment);
  }
}
