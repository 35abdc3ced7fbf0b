package io.b24rest.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Every request the portal received: a list that {@code requests()} reads, and a queue that
 * {@code takeRequest()} consumes in arrival order.
 */
final class RequestJournal {
  private final CopyOnWriteArrayList<RecordedRequest> all = new CopyOnWriteArrayList<>();
  private final LinkedBlockingQueue<RecordedRequest> untaken = new LinkedBlockingQueue<>();

  void record(RecordedRequest request) {
    all.add(request);
    untaken.add(request);
  }

  List<RecordedRequest> all() {
    return List.copyOf(all);
  }

  List<RecordedRequest> forMethod(String method) {
    return all.stream().filter(r -> r.methodName().filter(method::equals).isPresent()).toList();
  }

  Optional<RecordedRequest> last() {
    List<RecordedRequest> snapshot = all();
    return snapshot.isEmpty() ? Optional.empty() : Optional.of(snapshot.get(snapshot.size() - 1));
  }

  Optional<RecordedRequest> take(Duration timeout) throws InterruptedException {
    return Optional.ofNullable(untaken.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
  }

  int size() {
    return all.size();
  }

  void clear() {
    all.clear();
    untaken.clear();
  }
}
