package io.b24rest.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Builds the {@code time} block of a successful answer (data-types.md, "Time Object"). */
final class TimeBlock {
  /** {@code 2026-06-02T16:30:00+02:00}: whole seconds, and {@code +00:00} rather than {@code Z}. */
  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  private TimeBlock() {}

  static ObjectNode of(
      Instant start,
      Instant finish,
      double processingSeconds,
      OperatingLimiter.Usage usage,
      ZoneId zone) {
    ObjectNode time = Json.object();
    time.put("start", epochSeconds(start));
    time.put("finish", epochSeconds(finish));
    time.put("duration", Duration.between(start, finish).toNanos() / 1e9);
    time.put("processing", processingSeconds);
    time.put("date_start", DATE_FORMAT.format(start.atZone(zone)));
    time.put("date_finish", DATE_FORMAT.format(finish.atZone(zone)));
    time.put("operating_reset_at", usage.resetAtEpochSecond());
    time.put("operating", usage.operatingSeconds());
    return time;
  }

  /** Seconds with microseconds, as the portal writes them: {@code 1778747192.910734}. */
  private static BigDecimal epochSeconds(Instant instant) {
    return BigDecimal.valueOf(instant.getEpochSecond())
        .add(BigDecimal.valueOf(instant.getNano() / 1000, 6));
  }
}
