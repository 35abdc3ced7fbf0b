package io.b24rest.runtime.internal.retry;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.Bitrix24Exception;
import io.b24rest.core.Bitrix24OutcomeUnknownException;
import io.b24rest.core.Bitrix24ProtocolException;
import io.b24rest.core.Bitrix24TransportException;
import io.b24rest.core.MethodKind;
import io.b24rest.runtime.internal.auth.OAuthBodyInterceptor;
import io.b24rest.runtime.internal.auth.TokenStore;
import io.b24rest.runtime.internal.call.ActiveCall;
import io.b24rest.runtime.internal.call.CallScope;
import io.b24rest.runtime.http.AnswerTooLargeException;
import io.b24rest.runtime.internal.http.CallDeadline;
import io.b24rest.runtime.internal.http.CallInfo;
import io.b24rest.runtime.http.DeadlinePassedException;
import io.b24rest.runtime.internal.logging.Redactor;
import io.b24rest.runtime.internal.ratelimit.ResponseTimes;
import io.b24rest.runtime.retry.OperatingLimitPolicy;
import io.b24rest.runtime.retry.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, after each failed attempt of one logical call, whether to try again (after how long) or
 * to throw the typed exception. Feign clones it per call, so its counters are per call.
 *
 * <ul>
 *   <li>503 {@code QUERY_LIMIT_EXCEEDED}, 429 {@code BITRIX_REST_V3_EXCEPTION_RATELIMITEXCEPTION},
 *       and any other 429 (no body, an unknown code, a proxy's page): the portal ran nothing;
 *       retried with backoff for reads and writes. A {@code Retry-After} (seconds or an HTTP date)
 *       sets the least wait, at most the policy's {@code maxDelay}.
 *   <li>429 {@code OPERATION_TIME_LIMIT}: per {@link OperatingLimitPolicy}, once.
 *   <li>401 {@code expired_token}: one single-flight token refresh, then one retry.
 *   <li>5xx and dropped connections: the portal may have run the method; retried with backoff for
 *       reads, and for writes only when they carry an Idempotency-Key.
 *   <li>Refused connections and connect timeouts: nothing was sent; retried for all.
 *   <li>A write whose answer timed out: with a read timeout below the portal's 60 s cut the first
 *       attempt may still be running, and a repeat under the same {@code Idempotency-Key} could
 *       run beside it (the portal stores the key's answer only once the first is done), so it is
 *       not sent again: the call ends in a {@link Bitrix24OutcomeUnknownException}. With a read
 *       timeout of 60 s or more the portal has cut the first attempt by then, and the write is
 *       retried as after a dropped connection. Reads are retried either way.
 * </ul>
 *
 * <p>With a call timeout, no wait is started that would end past the call's deadline (the last
 * failure is thrown instead), and each attempt's read timeout is cut to what is left of it.
 */
public final class Bitrix24Retryer implements Retryer {
  private static final Logger LOG = LoggerFactory.getLogger(Bitrix24Retryer.class);

  private static final Set<String> RATE_LIMIT_CODES =
      Set.of("QUERY_LIMIT_EXCEEDED", "BITRIX_REST_V3_EXCEPTION_RATELIMITEXCEPTION");
  private static final String OPERATING_LIMIT = "OPERATION_TIME_LIMIT";
  private static final String EXPIRED_TOKEN = "expired_token";
  private static final int TOO_MANY_REQUESTS = 429;

  /** The portal cuts a call after this long; an attempt given less may outlive its timeout. */
  public static final Duration PORTAL_CALL_CUT = Duration.ofSeconds(60);

  /** Server errors that repeating cannot fix. */
  private static final Set<String> PERMANENT_SERVER_ERRORS =
      Set.of("OVERLOAD_LIMIT", "PORTAL_DELETED");

  private final RetryPolicy policy;
  private final OperatingLimitPolicy operatingLimit;
  private final ResponseTimes times;
  private final @Nullable TokenStore tokens;
  private final ObjectMapper mapper;
  private final Redactor redactor;
  private final @Nullable Duration callTimeout;

  /** Each attempt's read timeout; null when unknown (then taken as not below the portal's cut). */
  private final @Nullable Duration readTimeout;

  /** When this call must be over, in {@link System#nanoTime()} terms; null for no deadline. */
  private final @Nullable Long deadlineNanos;

  private int attempt = 1;

  /** The {@code Retry-After} of the answer being handled, in milliseconds; null if none. */
  private @Nullable Long retryAfterMillis;
  private boolean refreshed;
  private boolean waitedForOperatingLimit;

  /**
   * @param policy backoff for rate limits, 5xx and connection failures
   * @param operatingLimit what to do on {@code OPERATION_TIME_LIMIT}
   * @param times last successful time block per method
   * @param tokens the OAuth tokens; null for a webhook client
   * @param mapper reads the token a failed request carried
   * @param redactor masks secrets in transport messages
   * @param callTimeout the budget of one whole call, attempts and waits together; null for none
   * @param readTimeout each attempt's read timeout: below {@link #PORTAL_CALL_CUT}, a write whose
   *     answer timed out is not sent again
   */
  public Bitrix24Retryer(
      RetryPolicy policy,
      OperatingLimitPolicy operatingLimit,
      ResponseTimes times,
      @Nullable TokenStore tokens,
      ObjectMapper mapper,
      Redactor redactor,
      @Nullable Duration callTimeout,
      Duration readTimeout) {
    this(policy, operatingLimit, times, tokens, mapper, redactor, callTimeout, readTimeout, null);
  }

  private Bitrix24Retryer(
      RetryPolicy policy,
      OperatingLimitPolicy operatingLimit,
      ResponseTimes times,
      @Nullable TokenStore tokens,
      ObjectMapper mapper,
      Redactor redactor,
      @Nullable Duration callTimeout,
      @Nullable Duration readTimeout,
      @Nullable Long deadlineNanos) {
    this.policy = policy;
    this.operatingLimit = operatingLimit;
    this.times = times;
    this.tokens = tokens;
    this.mapper = mapper;
    this.redactor = redactor;
    this.callTimeout = callTimeout;
    this.readTimeout = readTimeout;
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    Request request = e.request();
    CallInfo call = CallInfo.of(request);
    if (e instanceof AttemptFailure answered) {
      retryAfterMillis = answered.retryAfterMillis();
      afterAnswer(answered.failure(), call, request);
    } else {
      retryAfterMillis = null;
      afterTransportFailure(e, call, request);
    }
  }

  private void afterAnswer(Bitrix24Exception failure, CallInfo call, Request request) {
    if (failure instanceof Bitrix24ApiException api) {
      String code = api.code();
      if (EXPIRED_TOKEN.equals(code)) {
        refreshToken(api, request);
        return;
      }
      if (OPERATING_LIMIT.equals(code)) {
        waitForOperatingReset(api, call);
        return;
      }
      if (RATE_LIMIT_CODES.contains(code) || api.httpStatus() == TOO_MANY_REQUESTS) {
        backOff(api, call, code);
        return;
      }
      if (api.httpStatus() >= 500 && !PERMANENT_SERVER_ERRORS.contains(code)) {
        backOffIfSafe(api, call, request, code);
        return;
      }
      throw api;
    }
    if (failure instanceof Bitrix24ProtocolException protocol
        && protocol.httpStatus() == TOO_MANY_REQUESTS) {
      // A 429 without a Bitrix24 body (a proxy's): the request was refused, not run.
      backOff(protocol, call, "HTTP 429");
      return;
    }
    if (failure instanceof Bitrix24ProtocolException protocol && protocol.httpStatus() >= 500) {
      backOffIfSafe(protocol, call, request, "HTTP " + protocol.httpStatus());
      return;
    }
    throw failure;
  }

  private void afterTransportFailure(RetryableException e, CallInfo call, Request request) {
    Throwable cause = e.getCause();
    IOException io = cause instanceof IOException ioe ? ioe : new IOException("transport failure");
    if (io instanceof AnswerTooLargeException tooLarge) {
      // The answer came; repeating the call would bring as large a one again.
      throw new Bitrix24ProtocolException(
          tooLarge.status(),
          "the answer is larger than the limit of " + tooLarge.maxBytes() + " bytes (maxAnswerSize)",
          "",
          call.method());
    }
    Bitrix24TransportException failure =
        new Bitrix24TransportException(describe(io), call.method(), io);
    if (io instanceof InterruptedIOException
        && !(io instanceof SocketTimeoutException)
        && !(io instanceof HttpTimeoutException)) {
      throw failure;
    }
    if (nothingWasSent(io)) {
      backOff(failure, call, "connection not established");
    } else if (answerTimedOut(io) && call.kind() == MethodKind.WRITE) {
      afterWriteTimedOut(io, call, request);
    } else {
      backOffIfSafe(failure, call, request, describe(io));
    }
  }

  /**
   * A write was sent and its answer did not come in time: its outcome is unknown. Re-sent (under
   * its key) only when the portal has cut the first attempt by now, that is when the read timeout
   * is not below the portal's cut; otherwise both could run.
   */
  private void afterWriteTimedOut(IOException io, CallInfo call, Request request) {
    Bitrix24OutcomeUnknownException unknown =
        new Bitrix24OutcomeUnknownException(describe(io), call.method(), io);
    if (readTimeout != null && readTimeout.compareTo(PORTAL_CALL_CUT) < 0) {
      LOG.debug(
          "{}: not retried after a timeout: the read timeout of {} ms is below the portal's cut,"
              + " so the first attempt may still run",
          call.method(),
          readTimeout.toMillis());
      throw unknown;
    }
    backOffIfSafe(unknown, call, request, describe(io));
  }

  private void refreshToken(Bitrix24ApiException expired, Request request) {
    if (tokens == null || !tokens.canRefresh() || refreshed) {
      throw expired;
    }
    refreshed = true;
    tokens.refreshAfterExpiry(OAuthBodyInterceptor.accessTokenIn(request, mapper));
    ActiveCall.retrying(expired, 0);
  }

  private void waitForOperatingReset(Bitrix24ApiException limited, CallInfo call) {
    if (operatingLimit.isFailFast() || waitedForOperatingLimit) {
      throw limited;
    }
    OptionalLong reset = times.operatingResetAt(call.method());
    if (reset.isEmpty()) {
      throw limited;
    }
    long resetAt = reset.getAsLong();
    times.blockMethod(call.method(), resetAt);
    long waitMillis = Math.max(0, resetAt * 1000 - System.currentTimeMillis());
    if (waitMillis > operatingLimit.maxWait().toMillis() || outlastsDeadline(waitMillis)) {
      throw limited;
    }
    waitedForOperatingLimit = true;
    LOG.info("{}: operating limit reached; waiting {} ms for its reset", call.method(), waitMillis);
    ActiveCall.retrying(limited, waitMillis);
    sleep(waitMillis, limited, call);
  }

  private void backOffIfSafe(
      Bitrix24Exception failure, CallInfo call, Request request, String why) {
    boolean safe = call.kind() == MethodKind.READ || hasIdempotencyKey(request);
    if (!safe) {
      LOG.debug("{}: not retried after {}: a write without Idempotency-Key", call.method(), why);
      throw failure;
    }
    backOff(failure, call, why);
  }

  private void backOff(Bitrix24Exception failure, CallInfo call, String why) {
    if (attempt >= policy.maxAttempts()) {
      throw failure;
    }
    long nominal = policy.nominalDelay(attempt).toMillis();
    long jittered =
        nominal <= 1
            ? nominal
            : nominal / 2 + ThreadLocalRandom.current().nextLong(nominal / 2 + 1);
    // A Retry-After asks for at least that long, but never longer than the policy allows.
    long delay =
        retryAfterMillis == null
            ? jittered
            : Math.max(jittered, Math.min(retryAfterMillis, policy.maxDelay().toMillis()));
    if (outlastsDeadline(delay)) {
      LOG.debug("{}: not retried after {}: the call timeout would pass", call.method(), why);
      throw failure;
    }
    attempt++;
    LOG.debug(
        "{}: attempt {} of {} in {} ms after {}",
        call.method(),
        attempt,
        policy.maxAttempts(),
        delay,
        why);
    ActiveCall.retrying(failure, delay);
    sleep(delay, failure, call);
  }

  private void sleep(long millis, Bitrix24Exception failure, CallInfo call) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      Bitrix24TransportException interrupted =
          new Bitrix24TransportException("interrupted while waiting to retry", call.method(), ie);
      interrupted.addSuppressed(failure);
      throw interrupted;
    }
  }

  private static boolean nothingWasSent(IOException io) {
    return io instanceof ConnectException
        || io instanceof HttpConnectTimeoutException
        || io instanceof DeadlinePassedException
        || io.getClass().getSimpleName().equals("ConnectionExpiredException");
  }

  /** The request went out and its answer did not arrive in time (not a connect timeout). */
  private static boolean answerTimedOut(IOException io) {
    return (io instanceof HttpTimeoutException && !(io instanceof HttpConnectTimeoutException))
        || io instanceof SocketTimeoutException;
  }

  private static boolean hasIdempotencyKey(@Nullable Request request) {
    if (request == null) {
      return false;
    }
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      if (IdempotencyInterceptor.HEADER.equalsIgnoreCase(header.getKey())
          && !header.getValue().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private String describe(IOException io) {
    String message = io.getMessage();
    String kind = io.getClass().getSimpleName();
    return message == null || message.isBlank() ? kind : kind + ": " + redactor.redact(message);
  }

  /**
   * Feign clones the retryer on the calling thread as a call starts: the call's clock starts, with
   * the call's own timeout if its view has one ({@code CallOptions}).
   */
  @Override
  public Retryer clone() {
    return new Bitrix24Retryer(
        policy,
        operatingLimit,
        times,
        tokens,
        mapper,
        redactor,
        callTimeout,
        readTimeout,
        CallDeadline.start(CallScope.callTimeout(callTimeout)));
  }

  /** Whether waiting {@code millis} would end past the call's deadline. */
  private boolean outlastsDeadline(long millis) {
    return deadlineNanos != null && System.nanoTime() + millis * 1_000_000 - deadlineNanos > 0;
  }

  @Override
  public String toString() {
    return "Bitrix24Retryer[" + policy + ", " + operatingLimit + "]";
  }
}
