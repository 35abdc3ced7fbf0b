package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request the portal received, for assertions. {@link #toString()} leaves out the path and the
 * body, which may hold the webhook secret or the access token.
 *
 * @param httpMethod {@code POST} or {@code GET}
 * @param path the path as sent, for example {@code /rest/api/1/SECRET/humanresources.node.get}
 * @param methodName the REST method the path names, if the path has the REST 3.0 form
 * @param authMode how the request was addressed
 * @param headers the headers, looked up case-insensitively
 * @param body the raw body, cut to {@link FakeBitrix24PortalBuilder#keepBodyChars(int)} characters
 * @param json the body parsed, when it is JSON and was kept whole
 * @param receivedAt when the portal received it
 * @param bodyTruncated whether {@code body} is cut (then {@code json} is empty), also for a body
 *     refused with 413 for its size, of which nothing is kept
 */
public record RecordedRequest(
    String httpMethod,
    String path,
    Optional<String> methodName,
    AuthMode authMode,
    Map<String, List<String>> headers,
    String body,
    Optional<JsonNode> json,
    Instant receivedAt,
    boolean bodyTruncated) {

  public RecordedRequest {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
  }

  /** The first value of a header, the name in any case. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The {@code Idempotency-Key} header, if sent. */
  public Optional<String> idempotencyKey() {
    return header("Idempotency-Key");
  }

  /** A param of the JSON body, if present. */
  public Optional<JsonNode> param(String name) {
    return json.map(tree -> tree.get(name));
  }

  @Override
  public String toString() {
    return "RecordedRequest["
        + httpMethod
        + " "
        + methodName.orElse("(no method)")
        + ", auth "
        + authMode
        + ", "
        + body.length()
        + (bodyTruncated ? " characters kept of a longer body" : " characters")
        + ", at "
        + receivedAt
        + "]";
  }
}
