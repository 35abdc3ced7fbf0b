package io.b24rest.spec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
  private static final List<Integer> ITEMS = IntStream.range(0, 40).boxed().toList();

  @Test
  void resultsAreTakenInTheItemsOrderOnTheCallingThreadWhileHelpersWork() {
    Thread caller = Thread.currentThread();
    Set<String> workers = ConcurrentHashMap.newKeySet();
    List<Integer> taken = new ArrayList<>();

    InOrder.run(
        ITEMS,
        item -> {
          workers.add(Thread.currentThread().getName());
          // The first items take longest, so later results are ready before theirs.
          LockSupport.parkNanos(Math.max(0, 20 - item) * 200_000L);
          return item * 10;
        },
        2,
        "test-helper",
        (item, result) -> {
          assertSame(caller, Thread.currentThread());
          assertEquals(item * 10, result);
          taken.add(item);
        });

    assertEquals(ITEMS, taken);
    assertEquals(Set.of("test-helper"), workers);
  }

  @Test
  void withoutHelpersTheWorkIsDoneOnTheCallingThread() {
    Thread caller = Thread.currentThread();
    List<Integer> taken = new ArrayList<>();

    InOrder.run(
        ITEMS,
        item -> {
          assertSame(caller, Thread.currentThread());
          return item;
        },
        0,
        "unused",
        (item, result) -> taken.add(result));

    assertEquals(ITEMS, taken);
  }

  @Test
  void aFailedItemReachesTheCallerAsItWasThrownAndNothingAfterItIsTaken() {
    IllegalArgumentException failure = new IllegalArgumentException("item 7");
    List<Integer> taken = new ArrayList<>();

    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                InOrder.run(
                    ITEMS,
                    item -> {
                      if (item == 7) {
                        throw failure;
                      }
                      return item;
                    },
                    2,
                    "test-helper",
                    (item, result) -> taken.add(result)));

    assertSame(failure, thrown);
    assertEquals(ITEMS.subList(0, 7), taken);
  }

  @Test
  void whatTheTakerThrowsReachesTheCallerAndTheHelpersEnd() {
    IOException failure = new IOException("disk full");

    IOException thrown =
        assertThrows(
            IOException.class,
            () ->
                InOrder.run(
                    ITEMS,
                    item -> item,
                    2,
                    "test-ending-helper",
                    (item, result) -> {
                      throw failure;
                    }));

    assertSame(failure, thrown);
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (helpersAlive() && System.nanoTime() < deadline) {
      LockSupport.parkNanos(10_000_000L);
    }
    assertTrue(!helpersAlive(), "a helper thread outlived the work");
  }

  private static boolean helpersAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.getName().equals("test-ending-helper"));
  }
}
