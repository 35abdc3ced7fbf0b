package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The limits.md example: limit 480 s, calls of 20 s, ten one-minute baskets. */
class OperatingLimiterTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-05-14T10:05:20Z"));
  private final OperatingLimiter limiter =
      new OperatingLimiter(
          Optional.of(Duration.ofSeconds(480)),
          Optional.of(Duration.ofSeconds(20)),
          Duration.ofMinutes(10),
          clock);

  @Test
  void theDocsExampleBlocksAt500AndReopensWhenTheOldestBasketIsDropped() {
    // 25 calls over ten minutes: the first minute's basket holds 40 s (two calls).
    OperatingLimiter.Usage usage = null;
    for (int call = 0; call < 25; call++) {
      assertFalse(limiter.isBlocked("app crm.item.list"), "call " + (call + 1));
      usage = limiter.record("app crm.item.list", Duration.ZERO);
      clock.advance(Duration.ofSeconds(call == 0 ? 1 : call == 1 ? 60 : 23));
    }
    assertEquals(500, usage.operatingSeconds(), 1e-9);
    assertEquals(
        Instant.parse("2026-05-14T10:15:20Z").getEpochSecond(), usage.resetAtEpochSecond());
    assertTrue(limiter.isBlocked("app crm.item.list"));
    assertFalse(limiter.isBlocked("app other.method"), "other methods continue to work");

    clock.set(Instant.parse("2026-05-14T10:15:20Z"));
    assertFalse(limiter.isBlocked("app crm.item.list"));
    assertEquals(460, limiter.usage("app crm.item.list").operatingSeconds(), 1e-9);
  }

  @Test
  void withoutAFixedCostTheMeasuredTimeCounts() {
    OperatingLimiter measured =
        new OperatingLimiter(Optional.empty(), Optional.empty(), Duration.ofMinutes(10), clock);

    measured.record("k", Duration.ofMillis(250));
    OperatingLimiter.Usage usage = measured.record("k", Duration.ofMillis(500));

    assertEquals(0.75, usage.operatingSeconds(), 1e-9);
    assertFalse(measured.isBlocked("k"), "no limit, never blocked");
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
