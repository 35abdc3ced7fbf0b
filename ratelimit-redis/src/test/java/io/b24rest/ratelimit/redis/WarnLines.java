package io.b24rest.ratelimit.redis;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The WARN lines {@link RedisPacing} logs while a test runs. */
final class WarnLines implements AutoCloseable {
  private final Logger logger = (Logger) LoggerFactory.getLogger(RedisPacing.class);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  WarnLines() {
    appender.start();
    logger.addAppender(appender);
  }

  List<String> lines() {
    return appender.list.stream()
        .filter(e -> e.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
  }
}
