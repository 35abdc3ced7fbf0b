package io.b24rest.runtime;

/**
 * How much of each HTTP exchange the client logs (SLF4J logger {@code io.b24rest.runtime.http},
 * level DEBUG). Secrets are masked at every level.
 */
public enum HttpLogLevel {
  /** Nothing. */
  NONE,
  /** Request line, status and elapsed time. */
  BASIC,
  /** {@link #BASIC} plus headers. */
  HEADERS,
  /** {@link #HEADERS} plus bodies. */
  FULL;

  feign.Logger.Level toFeign() {
    return feign.Logger.Level.valueOf(name());
  }
}
