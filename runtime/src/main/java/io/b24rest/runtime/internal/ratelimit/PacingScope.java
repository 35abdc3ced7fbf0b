package io.b24rest.runtime.internal.ratelimit;

import io.b24rest.runtime.internal.http.PortalEndpoint;
import io.b24rest.runtime.ratelimit.PortalKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What a client's pacing state is keyed by: its portal, and the application within it. */
public final class PacingScope {
  private PacingScope() {}

  /** The normalised portal of {@code endpoint}. */
  public static PortalKey portal(PortalEndpoint endpoint) {
    return PortalKey.of(endpoint.scheme(), endpoint.host(), endpoint.port());
  }

  /**
   * Who the portal counts the operating limit for: a webhook (each has its own budget), named by
   * the first 16 hex digits of the SHA-256 of its URL, never the secret itself; or {@code oauth}
   * for an OAuth client (the instances of one application share the application's budget).
   */
  public static String application(PortalEndpoint endpoint) {
    if (endpoint.webhookSecret() == null) {
      return "oauth";
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(endpoint.baseUrl().getBytes(StandardCharsets.UTF_8));
      return "webhook-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
