package io.b24rest.runtime.internal.retry;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The caller's own Idempotency-Key for the call running on this thread. Set only by the view of
 * {@code Bitrix24Client.withIdempotencyKey(key)} for the duration of one call (Feign runs a call on
 * the caller's thread) and always cleared after it: no key leaks into a later call.
 */
public final class IdempotencyScope {
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private IdempotencyScope() {}

  /** Runs {@code call} with {@code key} as the caller's key, restoring the previous state after. */
  public static <T> T callWith(String key, Supplier<T> call) {
    String previous = CURRENT.get();
    CURRENT.set(key);
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

  /** The caller's key of the call running on this thread, if any. */
  public static @Nullable String current() {
    return CURRENT.get();
  }

  /**
   * Checks a key against the portal's rule: 1 to 255 printable ASCII characters.
   *
   * @throws IllegalArgumentException if the key breaks it
   */
  public static String validate(String key) {
    if (key == null || key.isEmpty() || key.length() > 255) {
      throw new IllegalArgumentException("Idempotency-Key must be 1 to 255 characters long");
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw new IllegalArgumentException(
            "Idempotency-Key must consist of printable ASCII characters");
      }
    }
    return key;
  }
}
