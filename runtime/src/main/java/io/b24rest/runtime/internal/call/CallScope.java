package io.b24rest.runtime.internal.call;

import io.b24rest.runtime.CallOptions;
import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The options of the call running on this thread. Set only by a view of {@code
 * Bitrix24Client.withOptions(...)} for the duration of one call (Feign runs a call on the caller's
 * thread) and always restored after it, so no option leaks into a later call. The caller's
 * Idempotency-Key travels here too ({@code retry.IdempotencyInterceptor} reads it).
 */
public final class CallScope {
  private static final ThreadLocal<CallOptions> CURRENT = new ThreadLocal<>();

  private CallScope() {}

  /** Runs {@code call} with {@code options}, restoring the previous state after. */
  public static <T> T callWith(CallOptions options, Supplier<T> call) {
    CallOptions previous = CURRENT.get();
    CURRENT.set(options);
    try {
      return call.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** The options of the call running on this thread; {@link CallOptions#NONE} outside a view. */
  public static CallOptions current() {
    CallOptions options = CURRENT.get();
    return options == null ? CallOptions.NONE : options;
  }

  /** The call timeout of the current call: its own, else {@code configured}. */
  public static @Nullable Duration callTimeout(@Nullable Duration configured) {
    Duration own = current().timeout().orElse(null);
    return own == null ? configured : own;
  }
}
