package io.b24rest.runtime.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event of the {@code io.b24rest} loggers at TRACE during one test. Register it
 * on an instance field: {@code @RegisterExtension final LogCapture logs = new LogCapture();}
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {
  private final Logger root = (Logger) LoggerFactory.getLogger("io.b24rest");
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private Level previousLevel;

  @Override
  public void beforeEach(ExtensionContext context) {
    previousLevel = root.getLevel();
    root.setLevel(Level.TRACE);
    root.setAdditive(false);
    captured.list.clear();
    captured.start();
    root.addAppender(captured);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    root.detachAppender(captured);
    root.setLevel(previousLevel);
    root.setAdditive(true);
  }

  /** Each event as its level, message and stack trace, in order. */
  public List<String> lines() {
    synchronized (captured.list) {
      return captured.list.stream()
          .map(
              e ->
                  e.getLevel()
                      + " "
                      + e.getFormattedMessage()
                      + (e.getThrowableProxy() == null
                          ? ""
                          : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
          .collect(Collectors.toList());
    }
  }

  /** The lines at {@code level}. */
  public List<String> at(Level level) {
    return lines().stream().filter(line -> line.startsWith(level + " ")).toList();
  }
}
