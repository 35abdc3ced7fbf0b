package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's {@code Idempotency-Key} handling for write methods (rest-v3.md): a successful answer
 * is stored under caller, method and key; the same call repeated gets the stored answer back, a
 * different body under the same key gets 422.
 */
final class IdempotencyStore {
  /** What a lookup found. */
  sealed interface Lookup {
    /** Nothing stored: run the method. */
    record Fresh() implements Lookup {}

    /** The same call again: send the stored answer. */
    record Replay(Answer answer) implements Lookup {}

    /** The key was used with another body. */
    record Conflict() implements Lookup {}
  }

  private record Stored(JsonNode body, Answer answer) {}

  private final ConcurrentHashMap<String, Stored> stored = new ConcurrentHashMap<>();

  /** 1 to 255 printable ASCII characters. */
  static boolean isValidKey(String key) {
    return !key.isEmpty()
        && key.length() <= 255
        && key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
  }

  Lookup find(String caller, String method, String key, JsonNode body) {
    Stored found = stored.get(storeKey(caller, method, key));
    if (found == null) {
      return new Lookup.Fresh();
    }
    return Json.sameValue(found.body, body)
        ? new Lookup.Replay(found.answer)
        : new Lookup.Conflict();
  }

  void store(String caller, String method, String key, JsonNode body, Answer answer) {
    stored.putIfAbsent(storeKey(caller, method, key), new Stored(body.deepCopy(), answer));
  }

  void clear() {
    stored.clear();
  }

  private static String storeKey(String caller, String method, String key) {
    return caller + "\n" + method + "\n" + key;
  }
}
