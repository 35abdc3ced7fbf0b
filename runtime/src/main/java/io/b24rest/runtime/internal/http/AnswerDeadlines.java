package io.b24rest.runtime.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * The deadlines of the answers being read, watched by one shared daemon thread that expires each
 * at its time. Unlike a {@code ScheduledThreadPoolExecutor}, whose queue wakes its thread on every
 * task that becomes the earliest (with one answer in flight: every call), registering a deadline
 * here wakes the thread only when it comes before the one the thread already sleeps to: with one
 * read timeout for all calls, a new deadline is almost always later, so a call costs an insert and a
 * removal in a concurrent set and no hand-off between threads. The thread starts with the first
 * deadline and ends when none has been pending for a while.
 */
final class AnswerDeadlines {
  /** Something that expires at a moment in {@link System#nanoTime()} terms. */
  interface Expiring {
    /** The moment, in {@link System#nanoTime()} terms. */
    long deadlineNanos();

    /** Called once, on the watch's thread, when the moment has passed (unless removed before). */
    void expire();
  }

  static final AnswerDeadlines SHARED = new AnswerDeadlines("b24-answer-deadline", 10_000_000_000L);

  private final String threadName;

  /** A sleeping thread with nothing to watch wakes up this often to see whether it may end. */
  private final long idleNanos;

  private final Set<Expiring> pending = ConcurrentHashMap.newKeySet();

  /**
   * When the watching thread wakes up next ({@link Long#MAX_VALUE}: no thread): a new deadline
   * before it wakes the thread, a later one does not. Guarded by {@code this}.
   */
  private long wakeAtNanos = Long.MAX_VALUE;

  /**
   * Whether the thread is going through the deadlines: one added meanwhile may be missed by the
   * scan, so it wakes the thread. Guarded by {@code this}.
   */
  private boolean scanning;

  private @Nullable Thread watcher;

  AnswerDeadlines(String threadName, long idleNanos) {
    this.threadName = threadName;
    this.idleNanos = idleNanos;
  }

  /** Watches {@code expiring} until {@link #remove removed} or expired. */
  void add(Expiring expiring) {
    pending.add(expiring);
    long deadline = expiring.deadlineNanos();
    synchronized (this) {
      if (watcher == null) {
        wakeAtNanos = deadline;
        watcher = new Thread(this::watch, threadName);
        watcher.setDaemon(true);
        watcher.start();
      } else if (scanning || deadline - wakeAtNanos < 0) {
        wakeAtNanos = deadline;
        LockSupport.unpark(watcher);
      }
    }
  }

  /** Stops watching {@code expiring}; nothing if it is not watched. */
  void remove(Expiring expiring) {
    pending.remove(expiring);
  }

  private void watch() {
    long idleSince = System.nanoTime();
    while (true) {
      synchronized (this) {
        scanning = true;
      }
      long now = System.nanoTime();
      long next = now + idleNanos;
      boolean any = false;
      for (Expiring expiring : pending) {
        long deadline = expiring.deadlineNanos();
        if (deadline - now <= 0) {
          if (pending.remove(expiring)) {
            expiring.expire();
          }
        } else {
          any = true;
          if (deadline - next < 0) {
            next = deadline;
          }
        }
      }
      if (any) {
        idleSince = now;
      }
      synchronized (this) {
        if (!any && pending.isEmpty() && now - idleSince >= idleNanos) {
          watcher = null;
          wakeAtNanos = Long.MAX_VALUE;
          return;
        }
        scanning = false;
        wakeAtNanos = next;
      }
      // A deadline added during the scan or before next unparked this thread (the park then
      // returns at once); a later one is seen by the scan at next.
      LockSupport.parkNanos(this, next - System.nanoTime());
    }
  }
}
