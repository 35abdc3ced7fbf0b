package io.b24rest.spec.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word a misspelt one was most likely meant to be. */
public final class DidYouMean {
  private DidYouMean() {}

  /**
   * The candidate closest to {@code word} by edit distance, ignoring case, if it is close enough
   * to be a plausible typo (at most a third of the word's length, and at least 2 edits allowed).
   */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    String lower = word.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, word.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance && !candidate.equals(word)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /** {@code "did you mean 'x'? "} when there is a close candidate, otherwise empty text. */
  public static String hint(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> "did you mean '" + c + "'? ").orElse("");
  }

  private static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 8 || a.length() > 200 || b.length() > 200) {
      return Integer.MAX_VALUE / 2;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
