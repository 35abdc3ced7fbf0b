package io.b24rest.runtime.internal.retry;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.b24rest.core.MethodKind;
import io.b24rest.runtime.internal.call.CallScope;
import io.b24rest.runtime.internal.http.CallInfo;
import java.util.UUID;

/**
 * Gives each logical call of a write method one {@code Idempotency-Key}: the caller's (the {@code
 * CallOptions} of a view, see {@link CallScope}) or, if automatic keys are on, a fresh UUID. Feign runs interceptors again on
 * every retry of the same request template, so the key is set only when the template has none:
 * every attempt of a call carries the same key, and the portal replays instead of running twice.
 */
public final class IdempotencyInterceptor implements RequestInterceptor {
  /** The header's name. */
  public static final String HEADER = "Idempotency-Key";

  private final boolean automaticKeys;

  /**
   * @param automaticKeys whether write calls without a caller's key get a generated one
   */
  public IdempotencyInterceptor(boolean automaticKeys) {
    this.automaticKeys = automaticKeys;
  }

  @Override
  public void apply(RequestTemplate template) {
    // Whether a key is needed first: hasKey copies the template's headers, and a read without a
    // caller's key (most calls) never needs one, whatever the template holds.
    String key = CallScope.current().idempotencyKey().orElse(null);
    if (key == null) {
      CallInfo call = CallInfo.of(template);
      boolean write = call == null || call.kind() == MethodKind.WRITE;
      if (!automaticKeys || !write) {
        return;
      }
    }
    if (hasKey(template)) {
      return;
    }
    template.headerLiteral(HEADER, key == null ? UUID.randomUUID().toString() : key);
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

  /** Whether {@code template} already carries a key (set on an earlier attempt or by the caller). */
  public static boolean hasKey(RequestTemplate template) {
    return template.headers().keySet().stream().anyMatch(HEADER::equalsIgnoreCase);
  }
}
