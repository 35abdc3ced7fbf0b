package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The answers tests registered, matched by method and a subset of the request params. */
final class StubRegistry {
  private record Stub(String method, ObjectNode params, StubAnswer answer) {
    boolean matches(String methodName, JsonNode body) {
      if (!method.equals(methodName)) {
        return false;
      }
      for (Map.Entry<String, JsonNode> param : params.properties()) {
        JsonNode actual = body.get(param.getKey());
        if (actual == null || !Json.sameValue(param.getValue(), actual)) {
          return false;
        }
      }
      return true;
    }
  }

  private final CopyOnWriteArrayList<Stub> stubs = new CopyOnWriteArrayList<>();

  void add(String method, ObjectNode params, StubAnswer answer) {
    stubs.add(new Stub(method, params, answer));
  }

  /** The answer of the last registered stub whose params are all in the body. */
  Optional<StubAnswer> find(String method, JsonNode body) {
    for (int i = stubs.size() - 1; i >= 0; i--) {
      Stub stub = stubs.get(i);
      if (stub.matches(method, body)) {
        return Optional.of(stub.answer());
      }
    }
    return Optional.empty();
  }

  void clear() {
    stubs.clear();
  }
}
