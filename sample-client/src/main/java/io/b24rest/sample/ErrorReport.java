package io.b24rest.sample;

import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.Bitrix24Exception;
import io.b24rest.core.Bitrix24ProtocolException;
import io.b24rest.core.Bitrix24TransportException;
import io.b24rest.core.ValidationError;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Turns every failure into one line on stderr and an exit code ({@link ExitCodes}): never a stack
 * trace, never a secret.
 */
final class ErrorReport {
  private ErrorReport() {}

  /** A command line picocli could not parse, or a usage error a command found. */
  static int usage(ParameterException exception, Secrets secrets) {
    CommandLine failed = exception.getCommandLine();
    String help = failed.getCommandSpec().qualifiedName() + " --help";
    print(
        failed.getErr(), exception.getMessage() + " (see '" + help + "')", secrets);
    return ExitCodes.USAGE;
  }

  /** A failure while a command ran. */
  static int failure(Exception exception, PrintWriter err, Secrets secrets) {
    if (exception instanceof UsageException) {
      print(err, exception.getMessage(), secrets);
      return ExitCodes.USAGE;
    }
    if (exception instanceof Bitrix24ApiException api) {
      print(err, describe(api), secrets);
      return ExitCodes.API_ERROR;
    }
    if (exception instanceof Bitrix24TransportException) {
      print(err, "no answer from the portal: " + exception.getMessage() + rootCause(exception), secrets);
      return ExitCodes.NO_ANSWER;
    }
    if (exception instanceof Bitrix24ProtocolException) {
      print(err, exception.getMessage(), secrets);
      return ExitCodes.NO_ANSWER;
    }
    if (exception instanceof Bitrix24Exception) {
      print(err, exception.getMessage(), secrets);
      return ExitCodes.API_ERROR;
    }
    print(
        err,
        "unexpected failure: " + exception.getClass().getSimpleName() + ": " + exception.getMessage(),
        secrets);
    return ExitCodes.INTERNAL;
  }

  /** {@code CODE (HTTP 400): message; field: problem; ...}, as the portal sent it. */
  static String describe(Bitrix24ApiException exception) {
    StringBuilder line =
        new StringBuilder(exception.code())
            .append(" (HTTP ")
            .append(exception.httpStatus())
            .append(')');
    String message = exception.error().message();
    if (!message.isEmpty()) {
      line.append(": ").append(message);
    }
    for (ValidationError problem : exception.validation()) {
      line.append("; ")
          .append(problem.field() == null ? "-" : problem.field())
          .append(": ")
          .append(problem.message() == null ? "" : problem.message());
    }
    return line.toString();
  }

  /** The innermost cause's message, which names the I/O failure (e.g. Connection refused). */
  private static String rootCause(Throwable exception) {
    Throwable cause = exception;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return cause == exception || message == null || message.isBlank()
        ? ""
        : " (" + message + ")";
  }

  private static void print(PrintWriter err, String message, Secrets secrets) {
    String text = message == null ? "(no message)" : message;
    err.println("error: " + secrets.mask(text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip()));
    err.flush();
  }
}
