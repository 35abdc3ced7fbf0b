package io.b24rest.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswerDeadlinesTest {
  private static final String WATCH = "idle-test-deadlines";

  /** Expires once, counting down a latch, and remembers how late it was. */
  private static final class Probe implements AnswerDeadlines.Expiring {
    final long deadline;
    final CountDownLatch expired = new CountDownLatch(1);
    final AtomicInteger calls = new AtomicInteger();
    volatile long lateNanos;

    Probe(Duration in) {
      this.deadline = System.nanoTime() + in.toNanos();
    }

    @Override
    public long deadlineNanos() {
      return deadline;
    }

    @Override
    public void expire() {
      lateNanos = System.nanoTime() - deadline;
      calls.incrementAndGet();
      expired.countDown();
    }
  }

  @Test
  void anEarlierDeadlineWakesTheThreadThatSleepsToALaterOne() throws InterruptedException {
    AnswerDeadlines deadlines = new AnswerDeadlines("test-deadlines", TimeUnit.SECONDS.toNanos(10));
    Probe late = new Probe(Duration.ofSeconds(30));
    deadlines.add(late);
    Thread.sleep(50); // the thread now sleeps until the late deadline
    Probe soon = new Probe(Duration.ofMillis(100));
    deadlines.add(soon);

    assertTrue(soon.expired.await(2, TimeUnit.SECONDS), "the earlier deadline was not kept");
    assertTrue(soon.lateNanos < TimeUnit.MILLISECONDS.toNanos(500), "expired late: " + soon.lateNanos);
    assertEquals(0, late.calls.get());
    deadlines.remove(late);
  }

  @Test
  void aRemovedDeadlineNeverExpiresAndTheOthersExpireOnce() throws InterruptedException {
    AnswerDeadlines deadlines = new AnswerDeadlines("test-deadlines", TimeUnit.SECONDS.toNanos(10));
    Probe removed = new Probe(Duration.ofMillis(100));
    Probe kept = new Probe(Duration.ofMillis(150));
    deadlines.add(removed);
    deadlines.add(kept);
    deadlines.remove(removed);

    assertTrue(kept.expired.await(2, TimeUnit.SECONDS));
    Thread.sleep(200);
    assertFalse(removed.expired.getCount() == 0, "a removed deadline expired");
    assertEquals(1, kept.calls.get());
  }

  @Test
  void theThreadEndsWhenIdleAndAnotherStartsForTheNextDeadline() throws InterruptedException {
    AnswerDeadlines deadlines = new AnswerDeadlines(WATCH, TimeUnit.MILLISECONDS.toNanos(100));
    Probe first = new Probe(Duration.ofMillis(20));
    deadlines.add(first);
    assertTrue(first.expired.await(2, TimeUnit.SECONDS));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (watchers() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(0, watchers(), "the idle thread did not end");

    Probe next = new Probe(Duration.ofMillis(20));
    deadlines.add(next);
    assertTrue(next.expired.await(2, TimeUnit.SECONDS), "no thread for the next deadline");
  }

  @Test
  void manyCallsAddingAndRemovingAtOnceLoseNoDeadline() throws InterruptedException {
    AnswerDeadlines deadlines = new AnswerDeadlines("test-deadlines", TimeUnit.MILLISECONDS.toNanos(50));
    Probe[] expiring = new Probe[200];
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      int from = t * 50;
      threads[t] =
          new Thread(
              () -> {
                for (int i = from; i < from + 50; i++) {
                  Probe answered = new Probe(Duration.ofMillis(10));
                  deadlines.add(answered);
                  deadlines.remove(answered);
                  expiring[i] = new Probe(Duration.ofMillis(1 + i % 40));
                  deadlines.add(expiring[i]);
                }
              });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    for (Probe probe : expiring) {
      assertTrue(probe.expired.await(2, TimeUnit.SECONDS), "a deadline was lost");
      assertEquals(1, probe.calls.get());
    }
  }

  private static long watchers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().equals(WATCH))
        .count();
  }
}
