package io.b24rest.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.runtime.ratelimit.RateLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --rate-limit}: the presets, {@code X/Y}, and one error line for anything else. */
class RateLimitOptionTest {
  @Test
  void presetsAndCustomLimitsAreRead() {
    assertEquals(RateLimit.standard(), RateLimitOption.parse("standard"));
    assertEquals(RateLimit.enterprise(), RateLimitOption.parse("Enterprise"));
    assertEquals(RateLimit.off(), RateLimitOption.parse("off"));
    assertEquals(RateLimit.custom(10, 1), RateLimitOption.parse("10/1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fast", "10", "10/0", "0/1", "-5/1", "10/1/2", "1e3/2"})
  void anyOtherValueIsOneErrorLineAndExit2(String value) {
    Cli.Run run = Cli.run("--rate-limit", value, "communications", "15");

    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.errLines().get(0).contains("--rate-limit"), run.err());
  }

  @Test
  void aBadRedisUrlIsOneErrorLineAndExit2() {
    Cli.Run run = Cli.run("--redis", "http://:pw@host", "communications", "15");

    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(!run.err().contains("pw@"), run.err());
  }
}
