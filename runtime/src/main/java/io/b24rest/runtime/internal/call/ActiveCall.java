package io.b24rest.runtime.internal.call;

import io.b24rest.core.Bitrix24Exception;
import io.b24rest.core.ResponseTime;
import io.b24rest.runtime.AttemptEvent;
import io.b24rest.runtime.CallEnd;
import io.b24rest.runtime.CallObserver;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The figures of the call running on this thread, for its {@link CallObserver}s. Opened by {@link
 * CallTracking} around one call (only when the client has listeners) and fed by the parts that see
 * each step: the pacing client (rate-limit wait, status, duration of each attempt), the retryer
 * (why an attempt is retried), the response times (the answer's {@code time} block). Every static
 * method does nothing when no call is tracked on this thread.
 */
public final class ActiveCall {
  private static final Logger LOG = LoggerFactory.getLogger(ActiveCall.class);
  private static final ThreadLocal<ActiveCall> CURRENT = new ThreadLocal<>();

  private final String method;
  private final List<CallObserver> observers;
  private final long startNanos = System.nanoTime();
  private int attempts;
  private long totalWaitNanos;
  private int lastStatus;
  private @Nullable ResponseTime time;

  /** The attempt sent last, until its outcome is known; null when none is pending. */
  private @Nullable SentAttempt pending;

  private record SentAttempt(int number, int status, long waitNanos, long durationNanos) {}

  ActiveCall(String method, List<CallObserver> observers) {
    this.method = method;
    this.observers = observers;
  }

  /** Makes this the current call of the thread; returns the call it replaces (null if none). */
  @Nullable ActiveCall enter() {
    ActiveCall previous = CURRENT.get();
    CURRENT.set(this);
    return previous;
  }

  /** Restores {@code previous} as the current call of the thread. */
  static void leave(@Nullable ActiveCall previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  /**
   * One attempt of the current call was sent and answered ({@code status > 0}) or failed in
   * transport ({@code status == 0}).
   *
   * @param waitNanos how long it waited for the rate limit before it was sent
   * @param durationNanos from sending to the whole answer read
   */
  public static void attemptSent(int status, long waitNanos, long durationNanos) {
    ActiveCall call = CURRENT.get();
    if (call != null) {
      call.attempts++;
      call.totalWaitNanos += waitNanos;
      call.lastStatus = status;
      call.pending = new SentAttempt(call.attempts, status, waitNanos, durationNanos);
    }
  }

  /**
   * The retryer tries the current call again after {@code failure}, in {@code delayMillis}.
   */
  public static void retrying(Bitrix24Exception failure, long delayMillis) {
    ActiveCall call = CURRENT.get();
    if (call != null) {
      String code = FailureCodes.of(failure);
      call.finishAttempt(code, code, Duration.ofMillis(Math.max(0, delayMillis)));
    }
  }

  /** An answer of {@code method} carried {@code time}. */
  public static void answerTime(String method, ResponseTime time) {
    ActiveCall call = CURRENT.get();
    if (call != null && call.method.equals(method)) {
      call.time = time;
    }
  }

  /** Ends the call: its last attempt, then the call itself; {@code failure} null for a success. */
  void finish(@Nullable Bitrix24Exception failure) {
    finishAttempt(failure == null ? null : FailureCodes.of(failure), null, Duration.ZERO);
    CallEnd end =
        new CallEnd(
            method,
            attempts,
            Duration.ofNanos(System.nanoTime() - startNanos),
            Duration.ofNanos(totalWaitNanos),
            lastStatus,
            failure == null ? time : null,
            failure);
    notifyAll(observer -> observer.callFinished(end));
  }

  private void finishAttempt(@Nullable String errorCode, @Nullable String reason, Duration delay) {
    SentAttempt sent = pending;
    if (sent == null) {
      return;
    }
    pending = null;
    AttemptEvent event =
        new AttemptEvent(
            method,
            sent.number(),
            sent.status(),
            Duration.ofNanos(sent.durationNanos()),
            Duration.ofNanos(sent.waitNanos()),
            errorCode,
            reason,
            delay);
    notifyAll(observer -> observer.attemptFinished(event));
  }

  private void notifyAll(Consumer<CallObserver> notification) {
    for (CallObserver observer : observers) {
      notifySafely(observer, notification);
    }
  }

  /** A listener's failure is its own: logged by class name (never a message), the call goes on. */
  static <T> void notifySafely(T listener, Consumer<T> notification) {
    try {
      notification.accept(listener);
    } catch (RuntimeException e) {
      LOG.warn(
          "call listener {} failed with {}; ignored",
          listener.getClass().getName(),
          e.getClass().getName());
    }
  }
}
