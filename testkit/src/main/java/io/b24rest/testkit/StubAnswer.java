package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;

/** What a registered stub answers. */
sealed interface StubAnswer {
  /** 200 with this {@code result} and a fresh {@code time} block. */
  record Result(JsonNode result) implements StubAnswer {}

  /** An error in the REST 3.0 shape {@code {"error":{"code","message"}}}. */
  record Error(int status, String code, String message) implements StubAnswer {}

  /** Any status, content type and body, sent as given. */
  record Raw(int status, String contentType, String body) implements StubAnswer {}
}
