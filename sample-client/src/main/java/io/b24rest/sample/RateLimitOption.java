package io.b24rest.sample;

import io.b24rest.runtime.ratelimit.RateLimit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code --rate-limit}: {@code standard}, {@code enterprise}, {@code off} or {@code X/Y}. */
final class RateLimitOption {
  private static final Pattern CUSTOM = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

  private RateLimitOption() {}

  /**
   * The rate limit {@code value} names.
   *
   * @throws UsageException if it names none
   */
  static RateLimit parse(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    switch (v) {
      case "standard":
        return RateLimit.standard();
      case "enterprise":
        return RateLimit.enterprise();
      case "off":
        return RateLimit.off();
      default:
        break;
    }
    Matcher m = CUSTOM.matcher(v);
    if (m.matches()) {
      long burst = Long.parseLong(m.group(1));
      long perSecond = Long.parseLong(m.group(2));
      if (burst > 0 && perSecond > 0) {
        return RateLimit.custom(burst, perSecond);
      }
    }
    throw new UsageException(
        "--rate-limit must be standard, enterprise, off or <burst>/<perSecond> with both above 0"
            + " (e.g. 50/2), got '"
            + value
            + "'");
  }
}
