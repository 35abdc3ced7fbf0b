package io.b24rest.sample;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.b24rest.runtime.internal.logging.RedactingLogger;
import java.io.PrintWriter;
import org.slf4j.LoggerFactory;

/**
 * Routes the runtime's HTTP log (logger {@value RedactingLogger#LOGGER_NAME}, DEBUG, secrets
 * already masked by the runtime) to the command's stderr while a command runs with {@code
 * --verbose}, and restores the logger afterwards.
 */
final class HttpLog implements AutoCloseable {
  private final Logger logger;
  private final Level previousLevel;
  private final boolean previousAdditive;
  private final AppenderBase<ILoggingEvent> appender;

  private HttpLog(Logger logger, AppenderBase<ILoggingEvent> appender) {
    this.logger = logger;
    this.appender = appender;
    this.previousLevel = logger.getLevel();
    this.previousAdditive = logger.isAdditive();
  }

  /** Starts writing every HTTP log line to {@code err}, each masked by {@code secrets} too. */
  static HttpLog to(PrintWriter err, Secrets secrets) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      throw new UsageException("--verbose needs logback as the SLF4J provider");
    }
    Logger logger = context.getLogger(RedactingLogger.LOGGER_NAME);
    AppenderBase<ILoggingEvent> appender = new WriterAppender(err, secrets);
    appender.setContext(context);
    appender.setName("sample-client-http");
    appender.start();
    HttpLog log = new HttpLog(logger, appender);
    logger.addAppender(appender);
    logger.setAdditive(false);
    logger.setLevel(Level.DEBUG);
    return log;
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(previousLevel);
    logger.setAdditive(previousAdditive);
    appender.stop();
  }

  /** Writes each event's message as one {@code http: ...} line. */
  private static final class WriterAppender extends AppenderBase<ILoggingEvent> {
    private final PrintWriter err;
    private final Secrets secrets;

    WriterAppender(PrintWriter err, Secrets secrets) {
      this.err = err;
      this.secrets = secrets;
    }

    @Override
    protected void append(ILoggingEvent event) {
      err.println("http: " + secrets.mask(event.getFormattedMessage()));
      err.flush();
    }
  }
}
