package io.b24rest.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Load for the pacing tests: many calls at once through several clients. */
public final class ParallelCalls {
  private ParallelCalls() {}

  /**
   * Makes {@code calls} calls in all on two threads per client, as fast as the clients let them:
   * each thread takes the next call while any is left, so the clients' pacing alone spaces them.
   *
   * @param <C> the client type (a generated API, say)
   * @param calls how many calls, over all threads
   * @param clients the clients, each used by two threads
   * @param call one call through a client
   * @param timeout how long each thread may take
   * @throws ExecutionException if a call threw (its exception is the cause)
   * @throws TimeoutException if a thread did not finish within {@code timeout}
   * @throws InterruptedException if the test thread was interrupted while waiting
   */
  public static <C> void onTwoThreadsPerClient(
      int calls, List<C> clients, Consumer<? super C> call, Duration timeout)
      throws ExecutionException, TimeoutException, InterruptedException {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2 * clients.size());
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 2 * clients.size(); t++) {
        C client = clients.get(t % clients.size());
        done.add(
            pool.submit(
                () -> {
                  while (next.getAndIncrement() < calls) {
                    call.accept(client);
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
