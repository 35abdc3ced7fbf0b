package io.b24rest.runtime.internal.http;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tells loopback hosts (the only ones plain {@code http} may go to) from every other host. */
public final class LoopbackHosts {
  private static final Pattern IPV4_LOOPBACK =
      Pattern.compile("127\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

  private LoopbackHosts() {}

  /**
   * Whether {@code host} is {@code localhost}, an address of 127.0.0.0/8 or {@code ::1}. Decided
   * from the text alone: no DNS lookup, so a name that resolves to 127.0.0.1 does not count.
   */
  public static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    var m = IPV4_LOOPBACK.matcher(h);
    if (!m.matches()) {
      return false;
    }
    for (int i = 1; i <= 3; i++) {
      if (Integer.parseInt(m.group(i)) > 255) {
        return false;
      }
    }
    return true;
  }
}
