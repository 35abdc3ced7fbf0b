package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the portal sends back for one request.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type}
 * @param body the body bytes
 * @param headers extra headers, such as {@code Idempotency-Key}
 */
record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
  static final String JSON = "application/json; charset=utf-8";

  Answer {
    headers = Map.copyOf(headers);
  }

  static Answer json(int status, JsonNode body) {
    return new Answer(status, JSON, Json.bytes(body), Map.of());
  }

  static Answer text(int status, String contentType, String body) {
    return new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  Answer withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Answer(status, contentType, body, more);
  }
}
