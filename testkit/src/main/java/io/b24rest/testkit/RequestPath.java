package io.b24rest.testkit;

import java.util.Optional;

/**
 * A request path taken apart: {@code /rest/api/{userId}/{secret}/{method}} or {@code
 * /rest/api/{method}}; a trailing {@code .json} is dropped, as the portal does.
 *
 * @param mode how the request is addressed; {@link AuthMode#NONE} for any other path
 * @param method the REST method named, if any
 * @param userId the webhook's user id, for {@link AuthMode#WEBHOOK}
 * @param secret the webhook's secret, for {@link AuthMode#WEBHOOK}
 */
record RequestPath(AuthMode mode, Optional<String> method, String userId, String secret) {
  private static final String PREFIX = "/rest/api/";

  static RequestPath parse(String path) {
    if (!path.startsWith(PREFIX)) {
      return none();
    }
    String[] segments = path.substring(PREFIX.length()).split("/", -1);
    if (segments.length == 1 && !segments[0].isEmpty()) {
      return new RequestPath(AuthMode.OAUTH, Optional.of(methodName(segments[0])), "", "");
    }
    if (segments.length == 3 && !segments[2].isEmpty() && segments[0].matches("[0-9]+")) {
      return new RequestPath(
          AuthMode.WEBHOOK, Optional.of(methodName(segments[2])), segments[0], segments[1]);
    }
    return none();
  }

  private static RequestPath none() {
    return new RequestPath(AuthMode.NONE, Optional.empty(), "", "");
  }

  private static String methodName(String segment) {
    return segment.endsWith(".json") ? segment.substring(0, segment.length() - 5) : segment;
  }

  @Override
  public String toString() {
    return "RequestPath[" + mode + " " + method.orElse("-") + "]";
  }
}
