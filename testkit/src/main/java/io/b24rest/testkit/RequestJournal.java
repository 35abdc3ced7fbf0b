package io.b24rest.testkit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The requests the portal received: the most recent {@code capacity} of them in a list that {@code
 * requests()} reads, and in a queue that {@code takeRequest()} consumes in arrival order. Bounded,
 * so that a benchmark sending millions of requests does not fill the heap.
 */
final class RequestJournal {
  private final int capacity;
  private final ArrayDeque<RecordedRequest> recent = new ArrayDeque<>();
  private final LinkedBlockingDeque<RecordedRequest> untaken = new LinkedBlockingDeque<>();
  private final AtomicInteger received = new AtomicInteger();

  RequestJournal(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException(
          "the number of requests kept must not be negative, got " + capacity);
    }
    this.capacity = capacity;
  }

  void record(RecordedRequest request) {
    received.incrementAndGet();
    if (capacity == 0) {
      return;
    }
    synchronized (recent) {
      if (recent.size() == capacity) {
        recent.removeFirst();
      }
      recent.addLast(request);
      if (untaken.size() >= capacity) {
        untaken.pollFirst();
      }
      untaken.addLast(request);
    }
  }

  List<RecordedRequest> all() {
    synchronized (recent) {
      return List.copyOf(recent);
    }
  }

  List<RecordedRequest> forMethod(String method) {
    List<RecordedRequest> matching = new ArrayList<>();
    for (RecordedRequest request : all()) {
      if (request.methodName().filter(method::equals).isPresent()) {
        matching.add(request);
      }
    }
    return List.copyOf(matching);
  }

  Optional<RecordedRequest> last() {
    synchronized (recent) {
      return Optional.ofNullable(recent.peekLast());
    }
  }

  Optional<RecordedRequest> take(Duration timeout) throws InterruptedException {
    return Optional.ofNullable(untaken.pollFirst(timeout.toNanos(), TimeUnit.NANOSECONDS));
  }

  /** All requests received, also those no longer kept. */
  int received() {
    return received.get();
  }

  void clear() {
    synchronized (recent) {
      recent.clear();
      untaken.clear();
      received.set(0);
    }
  }
}
