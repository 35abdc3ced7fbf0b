package io.b24rest.testkit;

import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The faults waiting to be injected, in the order they were registered. */
final class FaultRegistry {
  /** Use count of a fault that never runs out. */
  static final int ALWAYS = -1;

  private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();

  void add(Fault fault, Optional<String> method, int times) {
    entries.add(new Entry(fault, method, times));
  }

  /**
   * Takes one use of the first registered fault that applies to the method (empty for a request
   * whose method is unknown: only faults for any method apply).
   */
  Optional<Fault> take(Optional<String> method) {
    for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
      Entry entry = it.next();
      if (entry.method.isPresent() && !entry.method.equals(method)) {
        continue;
      }
      if (entry.tryUse()) {
        return Optional.of(entry.fault);
      }
      it.remove();
    }
    return Optional.empty();
  }

  void clear() {
    entries.clear();
  }

  private static final class Entry {
    final Fault fault;
    final Optional<String> method;
    private int remaining;

    Entry(Fault fault, Optional<String> method, int remaining) {
      this.fault = fault;
      this.method = method;
      this.remaining = remaining;
    }

    synchronized boolean tryUse() {
      if (remaining == ALWAYS) {
        return true;
      }
      if (remaining == 0) {
        return false;
      }
      remaining--;
      return true;
    }
  }
}
