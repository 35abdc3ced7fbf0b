package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * A request as the portal's logic sees it.
 *
 * @param httpMethod {@code GET}, {@code POST}...
 * @param path the path taken apart
 * @param queryAuth the {@code auth} query param of a GET, if any
 * @param idempotencyKey the {@code Idempotency-Key} header, if any
 * @param rawBody the body text
 * @param json the body parsed, when it is JSON
 * @param receivedAt when it arrived, for the {@code time} block
 * @param receivedNanos when it arrived, on the monotonic clock, for {@code processing}
 */
record IncomingRequest(
    String httpMethod,
    RequestPath path,
    Optional<String> queryAuth,
    Optional<String> idempotencyKey,
    String rawBody,
    Optional<JsonNode> json,
    Instant receivedAt,
    long receivedNanos) {

  @Override
  public String toString() {
    return "IncomingRequest[" + httpMethod + " " + path + "]";
  }
}
