package io.b24rest.testkit;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads, so that a portal a test forgot to close never keeps the JVM alive. */
final class PortalThreads implements ThreadFactory {
  private static final AtomicInteger PORTALS = new AtomicInteger();
  private final int portal = PORTALS.incrementAndGet();
  private final AtomicInteger count = new AtomicInteger();

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, "fake-bitrix24-" + portal + "-" + count.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }
}
