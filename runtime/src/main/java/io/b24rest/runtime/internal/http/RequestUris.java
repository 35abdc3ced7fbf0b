package io.b24rest.runtime.internal.http;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link URI} of a request URL, parsed once per URL: a client sends to one URL per API method
 * (the base URL and the method's name), and {@code URI.create} on every attempt showed in the call
 * benchmark's profile. A URL with a query is parsed each time and not kept (its query may hold an
 * OAuth token, and such URLs are not bounded), and the cache stops growing at {@value #MAX_KEPT}
 * URLs.
 */
final class RequestUris {
  /** More than the methods of every spec together; past it, URLs are parsed each time. */
  static final int MAX_KEPT = 4096;

  private final Map<String, URI> parsed = new ConcurrentHashMap<>();

  /**
   * The URI of {@code url}.
   *
   * @throws IllegalArgumentException if {@code url} is not a valid URI
   */
  URI of(String url) {
    URI known = parsed.get(url);
    if (known != null) {
      return known;
    }
    URI uri = URI.create(url);
    if (url.indexOf('?') < 0 && parsed.size() < MAX_KEPT) {
      parsed.putIfAbsent(url, uri);
    }
    return uri;
  }

  /** How many URLs are kept (for tests). */
  int size() {
    return parsed.size();
  }
}
