package io.b24rest.testkit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The requests the portal received: the most recent {@code capacity} of them in a list that {@code
 * requests()} reads, and in a queue that {@code takeRequest()} consumes in arrival order. Bounded in
 * number and in the body text kept over all of them ({@code keptCharsInAll}; each body is cut
 * before it gets here), the oldest going first, so that neither a benchmark sending millions of
 * requests nor a test sending large ones fills the heap. The queue only holds requests the list
 * holds.
 */
final class RequestJournal {
  private final int capacity;
  private final long keptCharsInAll;
  private long keptChars;
  private final ArrayDeque<RecordedRequest> recent = new ArrayDeque<>();
  private final LinkedBlockingDeque<RecordedRequest> untaken = new LinkedBlockingDeque<>();
  private final AtomicInteger received = new AtomicInteger();

  RequestJournal(int capacity, long keptCharsInAll) {
    if (capacity < 0) {
      throw new IllegalArgumentException(
          "the number of requests kept must not be negative, got " + capacity);
    }
    this.capacity = capacity;
    this.keptCharsInAll = keptCharsInAll;
  }

  void record(RecordedRequest request) {
    received.incrementAndGet();
    if (capacity == 0) {
      return;
    }
    synchronized (recent) {
      recent.addLast(request);
      untaken.addLast(request);
      keptChars += request.body().length();
      while (recent.size() > capacity || (keptChars > keptCharsInAll && recent.size() > 1)) {
        forgetOldest();
      }
    }
  }

  private void forgetOldest() {
    RecordedRequest oldest = recent.removeFirst();
    keptChars -= oldest.body().length();
    // By identity: two requests may be equal records. The oldest kept is nearly always first.
    for (Iterator<RecordedRequest> it = untaken.iterator(); it.hasNext(); ) {
      if (it.next() == oldest) {
        it.remove();
        return;
      }
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
      keptChars = 0;
      received.set(0);
    }
  }
}
