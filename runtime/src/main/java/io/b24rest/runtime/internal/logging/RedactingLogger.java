package io.b24rest.runtime.internal.logging;

import org.slf4j.LoggerFactory;

/**
 * Feign's HTTP logger, writing to SLF4J (logger {@code io.b24rest.runtime.http}, level DEBUG) with
 * every line passed through a {@link Redactor}: Feign prints the full URL (which holds a webhook
 * secret) and the full body (which holds the OAuth {@code auth} field).
 */
public final class RedactingLogger extends feign.Logger {
  /** The SLF4J logger name the HTTP exchanges are written to. */
  public static final String LOGGER_NAME = "io.b24rest.runtime.http";

  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

  private final Redactor redactor;

  /** Logs through {@code redactor}. */
  public RedactingLogger(Redactor redactor) {
    this.redactor = redactor;
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(redactor.redact(methodTag(configKey) + String.format(format, args)));
    }
  }
}
