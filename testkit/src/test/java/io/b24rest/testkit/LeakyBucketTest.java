package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LeakyBucketTest {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final LeakyBucket bucket = new LeakyBucket(50, 2, nanos::get);

  @Test
  void aBurstOfXPassesAndTheNextIsRefused() {
    for (int i = 0; i < 50; i++) {
      assertTrue(bucket.tryAcquire(), "request " + (i + 1));
    }
    assertFalse(bucket.tryAcquire());
    assertEquals(50, bucket.level(), 1e-9, "a refused request is not counted");
  }

  @Test
  void theCounterDrainsContinuouslyAtY() {
    for (int i = 0; i < 50; i++) {
      bucket.tryAcquire();
    }
    advanceMillis(250);
    assertEquals(49.5, bucket.level(), 1e-9);
    assertFalse(bucket.tryAcquire(), "half a slot is not enough");
    advanceMillis(250);
    assertTrue(bucket.tryAcquire());
    assertFalse(bucket.tryAcquire());
  }

  @Test
  void aClientPacedAtYAfterTheBurstIsNeverRefused() {
    int passed = 0;
    for (int i = 0; i < 50; i++) {
      passed += bucket.tryAcquire() ? 1 : 0;
    }
    for (int second = 0; second < 60; second++) {
      advanceMillis(500);
      passed += bucket.tryAcquire() ? 1 : 0;
      advanceMillis(500);
      passed += bucket.tryAcquire() ? 1 : 0;
    }
    assertEquals(50 + 2 * 60, passed, "X + Y * t");
  }

  @Test
  void theCounterNeverGoesBelowZero() {
    advanceMillis(60_000);
    for (int i = 0; i < 50; i++) {
      assertTrue(bucket.tryAcquire());
    }
    assertFalse(bucket.tryAcquire());
  }

  @Test
  void aStepwiseCounterDrainsByYAtEachWholeSecondAfterTheFirstRequest() {
    LeakyBucket steps = new LeakyBucket(10, 5, true, nanos::get);
    advanceMillis(3_000); // idle time before the first request does not start the clock
    for (int i = 0; i < 10; i++) {
      assertTrue(steps.tryAcquire());
    }
    advanceMillis(999);
    assertEquals(10, steps.level(), 1e-9, "nothing drains within the first second");
    assertFalse(steps.tryAcquire());
    advanceMillis(1);
    assertEquals(5, steps.level(), 1e-9);
    advanceMillis(1_500);
    assertEquals(0, steps.level(), 1e-9);
    advanceMillis(499);
    steps.tryAcquire();
    advanceMillis(1);
    assertEquals(0, steps.level(), 1e-9, "the seconds keep the phase of the first request");
  }

  @Test
  void nonsenseLimitsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LeakyBucket(0, 2, nanos::get));
    assertThrows(IllegalArgumentException.class, () -> new LeakyBucket(5, 0, nanos::get));
    assertThrows(IllegalArgumentException.class, () -> new LeakyBucket(5, Double.NaN, nanos::get));
  }

  private void advanceMillis(long millis) {
    nanos.addAndGet(millis * 1_000_000L);
  }
}
