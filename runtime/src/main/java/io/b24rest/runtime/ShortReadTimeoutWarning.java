package io.b24rest.runtime;

import io.b24rest.runtime.internal.retry.Bitrix24Retryer;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WARN line a client built with a read timeout below the portal's 60 s cut logs once: its
 * writes that time out are not re-sent (see {@link Bitrix24Retryer}), which its owner should know
 * before the first {@code Bitrix24OutcomeUnknownException}. It names durations only, never the
 * portal's address (a webhook URL holds the secret).
 */
final class ShortReadTimeoutWarning {
  private static final Logger LOG = LoggerFactory.getLogger(Bitrix24ClientBuilder.class);

  private ShortReadTimeoutWarning() {}

  static void logIfBelowPortalCut(Duration readTimeout) {
    if (readTimeout.compareTo(Bitrix24Retryer.PORTAL_CALL_CUT) < 0) {
      LOG.warn(
          "readTimeout of {} ms is below the portal's {} s cut: a write whose answer times out may"
              + " still run on the portal, so it is not sent again and fails with"
              + " Bitrix24OutcomeUnknownException; reads are retried",
          readTimeout.toMillis(),
          Bitrix24Retryer.PORTAL_CALL_CUT.toSeconds());
    }
  }
}
