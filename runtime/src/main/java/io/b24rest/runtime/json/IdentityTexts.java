package io.b24rest.runtime.json;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The wire text each value was read from, for as long as the value lives: keyed by identity (two
 * equal {@code OffsetDateTime}s read from {@code "Z"} and {@code "+00:00"} are different entries)
 * and weakly (an entry goes when its value is collected). Thread-safe.
 */
final class IdentityTexts {
  private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
  private final Map<Key, String> texts = new ConcurrentHashMap<>();

  /** Remembers that {@code value} was read from {@code text}. */
  void remember(Object value, String text) {
    purge();
    texts.put(new Key(value, collected), text);
  }

  /** The text {@code value} was read from, or {@code null} if it was not read (or not noted). */
  @Nullable String textOf(Object value) {
    return texts.isEmpty() ? null : texts.get(new Key(value, null));
  }

  /** How many values are remembered now (for tests). */
  int size() {
    purge();
    return texts.size();
  }

  private void purge() {
    for (Object gone = collected.poll(); gone != null; gone = collected.poll()) {
      texts.remove(gone);
    }
  }

  /** A weak reference that compares by the identity of its referent. */
  private static final class Key extends WeakReference<Object> {
    private final int hash;

    Key(Object value, @Nullable ReferenceQueue<Object> queue) {
      super(value, queue);
      this.hash = System.identityHashCode(value);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Key key)) {
        return false;
      }
      Object referent = get();
      return referent != null && referent == key.get();
    }
  }
}
