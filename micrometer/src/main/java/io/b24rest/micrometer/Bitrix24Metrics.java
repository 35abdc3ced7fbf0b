package io.b24rest.micrometer;

import io.b24rest.runtime.AttemptEvent;
import io.b24rest.runtime.CallEnd;
import io.b24rest.runtime.CallListener;
import io.b24rest.runtime.CallObserver;
import io.b24rest.runtime.CallStart;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records a client's calls with Micrometer. Register it on the client builder:
 *
 * <pre>{@code
 * Bitrix24Client client = Bitrix24Client.webhook(url)
 *     .listener(new Bitrix24Metrics(meterRegistry))
 *     .build();
 * }</pre>
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@value #CALLS}</td><td>timer</td><td>method, outcome, error</td>
 *       <td>each call, all attempts and waits together; {@code outcome} is {@code success} or
 *       {@code error}, {@code error} the error code or {@code none}</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter</td><td>method, reason</td>
 *       <td>attempts that were tried again, by reason (the error code, {@code HTTP_<status>} or the
 *       I/O exception's class)</td></tr>
 *   <tr><td>{@value #RATE_LIMIT_WAIT}</td><td>timer</td><td>method</td>
 *       <td>each attempt's wait for the leaky bucket (and an operating-limit block)</td></tr>
 *   <tr><td>{@value #THROTTLED}</td><td>counter</td><td>method, status</td>
 *       <td>answers 503 and 429 (the portal's rate and operating limits)</td></tr>
 *   <tr><td>{@value #OPERATING}</td><td>gauge</td><td>method</td>
 *       <td>{@code time.operating} of the method's last successful answer, in seconds</td></tr>
 * </table>
 *
 * <p>Tags hold REST method names, error codes, statuses and exception class names only: never a
 * URL, a secret, a token or a message.
 */
public final class Bitrix24Metrics implements CallListener {
  /** The timer of calls. */
  public static final String CALLS = "bitrix24.calls";

  /** The counter of retried attempts. */
  public static final String RETRIES = "bitrix24.retries";

  /** The timer of rate-limit waits. */
  public static final String RATE_LIMIT_WAIT = "bitrix24.ratelimit.wait";

  /** The counter of 503 and 429 answers. */
  public static final String THROTTLED = "bitrix24.throttled";

  /** The gauge of the last {@code time.operating} per method. */
  public static final String OPERATING = "bitrix24.operating";

  private final MeterRegistry registry;

  /** The last {@code operating} of each method, as the bits of a double, for its gauge. */
  private final Map<String, AtomicLong> operating = new ConcurrentHashMap<>();

  /**
   * @param registry where the meters go
   */
  public Bitrix24Metrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public CallObserver callStarted(CallStart call) {
    return new CallObserver() {
      @Override
      public void attemptFinished(AttemptEvent attempt) {
        recordAttempt(attempt);
      }

      @Override
      public void callFinished(CallEnd end) {
        recordCall(end);
      }
    };
  }

  private void recordAttempt(AttemptEvent attempt) {
    Timer.builder(RATE_LIMIT_WAIT)
        .description("Time an attempt waited for the portal's rate limit before it was sent")
        .tag("method", attempt.method())
        .register(registry)
        .record(attempt.rateLimitWait());
    if (attempt.httpStatus() == 503 || attempt.httpStatus() == 429) {
      Counter.builder(THROTTLED)
          .description("Answers 503 and 429: the portal's rate and operating limits")
          .tag("method", attempt.method())
          .tag("status", Integer.toString(attempt.httpStatus()))
          .register(registry)
          .increment();
    }
    String reason = attempt.retryReason();
    if (reason != null) {
      Counter.builder(RETRIES)
          .description("Attempts tried again, by reason")
          .tag("method", attempt.method())
          .tag("reason", reason)
          .register(registry)
          .increment();
    }
  }

  private void recordCall(CallEnd end) {
    String error = end.errorCode();
    Timer.builder(CALLS)
        .description("Calls of the Bitrix24 REST API, all attempts and waits together")
        .tag("method", end.method())
        .tag("outcome", end.succeeded() ? "success" : "error")
        .tag("error", error == null ? "none" : error)
        .register(registry)
        .record(end.duration());
    if (end.time() != null) {
      operatingOf(end.method()).set(Double.doubleToLongBits(end.time().operating()));
    }
  }

  private AtomicLong operatingOf(String method) {
    return operating.computeIfAbsent(
        method,
        name -> {
          AtomicLong bits = new AtomicLong(Double.doubleToLongBits(0));
          Gauge.builder(OPERATING, bits, value -> Double.longBitsToDouble(value.get()))
              .description("time.operating of the method's last successful answer")
              .baseUnit("seconds")
              .tag("method", name)
              .register(registry);
          return bits;
        });
  }

  @Override
  public String toString() {
    return "Bitrix24Metrics[" + registry.getClass().getSimpleName() + "]";
  }
}
