package io.b24rest.runtime.internal.retry;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP date (RFC 9110, 10.2.3). */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * The wait the header asks for, in milliseconds from {@code now}; null when absent or not
   * readable. A date in the past asks for no wait.
   */
  public static @Nullable Long millis(@Nullable String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.chars().allMatch(Character::isDigit)) {
      try {
        return Math.multiplyExact(Long.parseLong(text), 1000L);
      } catch (ArithmeticException | NumberFormatException e) {
        return Long.MAX_VALUE;
      }
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Math.max(0, at.toEpochMilli() - now.toEpochMilli());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
