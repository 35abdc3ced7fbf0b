package io.b24rest.benchmarks;

/**
 * The command line of a harness main, read option by option. Every harness answers a bad command
 * line the same way, as a command-line tool does: one {@code error:} line on standard error and
 * exit status 2, never a stack trace.
 *
 * <pre>{@code
 * HarnessArgs in = new HarnessArgs(args);
 * while (in.hasNext()) {
 *   String option = in.next();
 *   switch (option) {
 *     case "--rounds" -> rounds = in.count(option, 1);
 *     default -> throw in.unknown(option, "--rounds N");
 *   }
 * }
 * }</pre>
 */
public final class HarnessArgs {
  private final String[] args;
  private int next;

  /** Reads {@code args} from the first. */
  public HarnessArgs(String[] args) {
    this.args = args.clone();
  }

  /** Whether an argument is left. */
  public boolean hasNext() {
    return next < args.length;
  }

  /** The next argument: an option, or a positional value. */
  public String next() {
    return args[next++];
  }

  /** The value after {@code option}; ends the JVM when there is none. */
  public String value(String option) {
    if (!hasNext()) {
      throw exit(option + " needs a value");
    }
    return next();
  }

  /** The whole number after {@code option}, at least {@code least}; ends the JVM otherwise. */
  public int count(String option, int least) {
    long count = number(option, least);
    if (count > Integer.MAX_VALUE) {
      throw exit(option + " needs a whole number of at most " + Integer.MAX_VALUE + ", got " + count);
    }
    return (int) count;
  }

  /** The whole number after {@code option}, at least {@code least}; ends the JVM otherwise. */
  public long number(String option, long least) {
    String value = value(option);
    try {
      long number = Long.parseLong(value);
      if (number >= least) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw exit(option + " needs a whole number of " + least + " or more, got '" + value + "'");
  }

  /** The positive decimal number after {@code option}; ends the JVM otherwise. */
  public double positive(String option) {
    String value = value(option);
    try {
      double number = Double.parseDouble(value);
      if (number > 0 && Double.isFinite(number)) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw exit(option + " needs a positive number, got '" + value + "'");
  }

  /**
   * Ends the JVM for an argument the harness does not take.
   *
   * @param expected the arguments it takes, as a usage fragment
   * @return never; declared so that a {@code switch} default can {@code throw} it
   */
  public IllegalStateException unknown(String argument, String expected) {
    return exit("expected " + expected + ", got '" + argument + "'");
  }

  /**
   * Ends the JVM with status 2 after printing {@code error: message} to standard error: a bad
   * command line, found while or after parsing it.
   *
   * @return never; declared so that callers can {@code throw} it and the compiler knows it ends
   */
  public static IllegalStateException exit(String message) {
    System.err.println("error: " + message);
    System.exit(2);
    return new IllegalStateException(message);
  }
}
