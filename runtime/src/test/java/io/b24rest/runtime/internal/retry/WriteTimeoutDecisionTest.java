package io.b24rest.runtime.internal.retry;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import io.b24rest.core.Bitrix24OutcomeUnknownException;
import io.b24rest.runtime.Bitrix24Json;
import io.b24rest.runtime.internal.logging.Redactor;
import io.b24rest.runtime.internal.ratelimit.ResponseTimes;
import io.b24rest.runtime.retry.OperatingLimitPolicy;
import io.b24rest.runtime.retry.RetryPolicy;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The retryer's decision after a write's answer timed out, for the read timeouts an HTTP test
 * cannot wait for: at or above the portal's 60 s cut the portal has ended the first attempt, and a
 * write under a key is repeated. (WriteTimeoutTest covers the short timeouts over HTTP.)
 */
class WriteTimeoutDecisionTest {
  private static Retryer retryer(Duration readTimeout) {
    return new Bitrix24Retryer(
            new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1)),
            OperatingLimitPolicy.defaults(),
            new ResponseTimes(),
            null,
            Bitrix24Json.newObjectMapper(),
            new Redactor(),
            null,
            readTimeout)
        .clone();
  }

  /** A request of unknown origin: counted as a write. */
  private static RetryableException timedOut(boolean withKey) {
    Map<String, Collection<String>> headers =
        withKey ? Map.of(IdempotencyInterceptor.HEADER, List.of("key-1")) : Map.of();
    Request request =
        Request.create(
            Request.HttpMethod.POST,
            "http://127.0.0.1:1/rest/test.item.add",
            headers,
            "{}".getBytes(StandardCharsets.UTF_8),
            StandardCharsets.UTF_8,
            null);
    return new RetryableException(
        -1,
        "timed out",
        Request.HttpMethod.POST,
        new HttpTimeoutException("the whole answer did not arrive within 65000 ms"),
        (Long) null,
        request);
  }

  @Test
  void aKeyedWriteIsRepeatedWhenTheReadTimeoutOutlastsThePortalsCut() {
    Retryer retryer = retryer(Bitrix24Retryer.PORTAL_CALL_CUT.plusSeconds(5));
    assertDoesNotThrow(() -> retryer.continueOrPropagate(timedOut(true)));
  }

  @Test
  void aKeyedWriteIsNotRepeatedWhenTheReadTimeoutIsBelowThePortalsCut() {
    Retryer retryer = retryer(Bitrix24Retryer.PORTAL_CALL_CUT.minusSeconds(1));
    assertThrows(
        Bitrix24OutcomeUnknownException.class, () -> retryer.continueOrPropagate(timedOut(true)));
  }

  @Test
  void aWriteWithoutKeyIsNeverRepeatedAndItsOutcomeIsUnknown() {
    Retryer retryer = retryer(Bitrix24Retryer.PORTAL_CALL_CUT.plusSeconds(5));
    assertThrows(
        Bitrix24OutcomeUnknownException.class, () -> retryer.continueOrPropagate(timedOut(false)));
  }
}
