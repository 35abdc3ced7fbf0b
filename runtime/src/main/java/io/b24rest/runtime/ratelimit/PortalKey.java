package io.b24rest.runtime.ratelimit;

import io.b24rest.runtime.internal.http.LoopbackHosts;
import java.util.Locale;
import java.util.Objects;

/**
 * The portal a bucket belongs to, normalised so that one server gets one key however its URL is
 * written: the host in lower case without a trailing dot, the port always present (the scheme's
 * default when the URL has none), and every loopback spelling ({@code localhost}, {@code
 * 127.0.0.1} and the rest of 127.0.0.0/8, {@code [::1]}) as {@code loopback}. The portal counts
 * requests per portal and source address; a loopback server answers on all of those names.
 *
 * @param value {@code host:port}, e.g. {@code example.bitrix24.com:443} or {@code loopback:8080}
 */
public record PortalKey(String value) {

  /** Rejects an empty key. */
  public PortalKey {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("portal key is empty");
    }
  }

  /**
   * The key of the portal at {@code host} and {@code port}.
   *
   * @param scheme {@code https} or {@code http}, for the default port
   * @param host the host as in the URL (brackets of an IPv6 literal allowed)
   * @param port the port, or -1 for the scheme's default
   */
  public static PortalKey of(String scheme, String host, int port) {
    String h = host.toLowerCase(Locale.ROOT);
    while (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (LoopbackHosts.isLoopback(h)) {
      h = "loopback";
    }
    int p = port >= 0 ? port : "http".equalsIgnoreCase(scheme) ? 80 : 443;
    return new PortalKey(h + ":" + p);
  }

  @Override
  public String toString() {
    return value;
  }
}
