package io.b24rest.testkit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many answers the portal sent, by HTTP status: what a benchmark needs to count the 503s a
 * client's own retries hide from it.
 */
final class AnswerCounter {
  private final ConcurrentHashMap<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();

  void count(int status) {
    byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
  }

  int sent(int status) {
    AtomicInteger counter = byStatus.get(status);
    return counter == null ? 0 : counter.get();
  }

  void clear() {
    byStatus.clear();
  }
}
