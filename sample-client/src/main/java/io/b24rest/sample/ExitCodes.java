package io.b24rest.sample;

/** The exit codes of the sample client. */
final class ExitCodes {
  /** The command succeeded. */
  static final int OK = 0;

  /** The portal answered with an error ({@code Bitrix24ApiException}). */
  static final int API_ERROR = 1;

  /** Bad options or arguments: unknown method, params that are not JSON or do not fit. */
  static final int USAGE = 2;

  /** No usable answer: the connection failed, or the answer was not a Bitrix24 answer. */
  static final int NO_ANSWER = 3;

  /** A failure of this program itself. */
  static final int INTERNAL = 4;

  private ExitCodes() {}
}
