package io.b24rest.sample;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** Runs the sample client in-process, as {@code main} would, with captured output. */
final class Cli {
  private Cli() {}

  /**
   * The outcome of one run.
   *
   * @param exitCode what the process would exit with
   * @param out what went to stdout
   * @param err what went to stderr
   */
  record Run(int exitCode, String out, String err) {
    /** The lines of stderr. */
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  /** Runs with an empty environment. */
  static Run run(String... args) {
    return run(Map.of(), args);
  }

  /** Runs with the given environment variables (and no others). */
  static Run run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        SampleClient.execute(args, environment, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }
}
