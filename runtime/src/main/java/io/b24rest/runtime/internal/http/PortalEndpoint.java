package io.b24rest.runtime.internal.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the calls of one client go: {@code <portal>/rest/api/<user>/<secret>} for a webhook, {@code
 * <portal>/rest/api} for OAuth. Parsing never echoes the secret in an error message, and {@link
 * #toString()} masks it.
 *
 * @param baseUrl the URL the method name is appended to, without a trailing slash
 * @param scheme {@code https}, or {@code http} for a loopback host
 * @param host the portal host, lower case
 * @param port the port, or -1 for the scheme's default
 * @param webhookSecret the webhook secret; null for OAuth
 */
public record PortalEndpoint(
    String baseUrl, String scheme, String host, int port, @Nullable String webhookSecret) {

  private static final Pattern WEBHOOK_PATH =
      Pattern.compile("(/[^?#]*?)?/rest/(?:api/)?(\\d+)/([A-Za-z0-9_.~-]+)/?");

  /**
   * Parses a webhook URL in either form a portal shows: {@code https://p.bitrix24.com/rest/1/s/} or
   * {@code https://p.bitrix24.com/rest/api/1/s/} (trailing slash optional).
   *
   * @throws IllegalArgumentException if the URL is malformed, not https (outside loopback), or not
   *     a webhook URL; the message never contains the secret
   */
  public static PortalEndpoint fromWebhookUrl(String url) {
    URI uri = parse(url, "webhook URL");
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    Matcher m = WEBHOOK_PATH.matcher(path);
    if (!m.matches() || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "webhook URL for host "
              + uri.getHost()
              + " does not look like https://<portal>/rest/<user id>/<secret>/ "
              + "(the path is not repeated here because it holds the secret)");
    }
    String prefix = m.group(1) == null ? "" : m.group(1);
    String origin = origin(uri);
    return new PortalEndpoint(
        origin + prefix + "/rest/api/" + m.group(2) + "/" + m.group(3),
        scheme(uri),
        uri.getHost().toLowerCase(Locale.ROOT),
        uri.getPort(),
        m.group(3));
  }

  /**
   * Parses the portal address of an OAuth application: {@code https://p.bitrix24.com}, optionally
   * with a trailing {@code /rest/} or {@code /rest/api/} (the {@code client_endpoint} form).
   *
   * @throws IllegalArgumentException if the URL is malformed or not https outside loopback
   */
  public static PortalEndpoint fromPortalUrl(String url) {
    URI uri = parse(url, "portal URL");
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "portal URL for host " + uri.getHost() + " must look like https://<portal>/");
    }
    String prefix = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (prefix.endsWith("/")) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    for (String suffix : new String[] {"/rest/api", "/rest"}) {
      if (prefix.endsWith(suffix)) {
        prefix = prefix.substring(0, prefix.length() - suffix.length());
        break;
      }
    }
    return new PortalEndpoint(
        origin(uri) + prefix + "/rest/api",
        scheme(uri),
        uri.getHost().toLowerCase(Locale.ROOT),
        uri.getPort(),
        null);
  }

  /** The base URL with the webhook secret masked. */
  public String maskedBaseUrl() {
    return webhookSecret == null ? baseUrl : baseUrl.replace(webhookSecret, "***");
  }

  @Override
  public String toString() {
    return "PortalEndpoint[" + maskedBaseUrl() + "]";
  }

  private static URI parse(@Nullable String url, String what) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException(what + " is missing");
    }
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(what + " is not a valid URL", null);
    }
    if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          what + " must be an absolute URL like https://<portal>/..., without user info");
    }
    String scheme = scheme(uri);
    if (scheme.equals("http")) {
      if (!LoopbackHosts.isLoopback(uri.getHost())) {
        throw new IllegalArgumentException(
            what
                + " for host "
                + uri.getHost()
                + " must use https; plain http is allowed only"
                + " to loopback hosts (127.0.0.0/8, ::1, localhost)");
      }
    } else if (!scheme.equals("https")) {
      throw new IllegalArgumentException(what + " must use https");
    }
    return uri;
  }

  private static String scheme(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT);
  }

  private static String origin(URI uri) {
    return scheme(uri)
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }
}
