package io.b24rest.spectools.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words an OpenAPI document itself separates, to split the names it runs together
 * ({@code scoperequeststatus}) into words ({@code scope request status}).
 *
 * <p>Evidence of a word, lower-cased: each part of a camelCase property name
 * ({@code scopeRequest}: {@code scope}, {@code request}) and each word of the prose in
 * {@code title}, {@code description} and {@code summary}. Method names and component names are
 * not evidence: they are what runs words together. A name splits only when every piece is such a
 * word; then the split with the fewest words wins. Otherwise there is no split, and the importer
 * says so with a TODO rather than guess.
 */
final class Vocabulary {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z]+");
  private static final Pattern CAMEL_PART = Pattern.compile("[A-Z]?[a-z]+|[A-Z]+(?![a-z])");
  private static final Set<String> PROSE_KEYS = Set.of("title", "description", "summary");
  /** No word of a name is longer; bounds the search. */
  private static final int LONGEST_WORD = 30;

  private final Set<String> words = new HashSet<>();

  private Vocabulary() {}

  static Vocabulary of(JsonNode document) {
    Vocabulary vocabulary = new Vocabulary();
    vocabulary.collect(document);
    return vocabulary;
  }

  /** The words of {@code run} (lower-case letters), or empty when the document does not settle them. */
  Optional<List<String>> split(String run) {
    String text = run.toLowerCase(Locale.ROOT);
    // best[i]: the fewest words that make up the first i letters, null while none does.
    List<List<String>> best = new ArrayList<>();
    best.add(List.of());
    for (int end = 1; end <= text.length(); end++) {
      List<String> shortest = null;
      for (int start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
        List<String> before = best.get(start);
        String word = text.substring(start, end);
        if (before != null && words.contains(word)
            && (shortest == null || before.size() + 1 < shortest.size())) {
          shortest = new ArrayList<>(before);
          shortest.add(word);
        }
      }
      best.add(shortest);
    }
    return text.isEmpty() ? Optional.empty() : Optional.ofNullable(best.get(text.length())).map(List::copyOf);
  }

  private void collect(JsonNode node) {
    if (node.isArray()) {
      node.forEach(this::collect);
      return;
    }
    node.properties().forEach(entry -> {
      String key = entry.getKey();
      if (IDENTIFIER.matcher(key).matches()) {
        addParts(key, false);
      }
      if (PROSE_KEYS.contains(key) && entry.getValue().isTextual()) {
        for (String token : entry.getValue().asText().split("\\s+")) {
          String word = token.replaceAll("^[^A-Za-z]+|[^A-Za-z]+$", "");
          if (IDENTIFIER.matcher(word).matches()) {
            addParts(word, true);
          }
        }
      }
      collect(entry.getValue());
    });
  }

  private void addParts(String identifier, boolean prose) {
    Matcher part = CAMEL_PART.matcher(identifier);
    List<String> parts = new ArrayList<>();
    while (part.find()) {
      parts.add(part.group().toLowerCase(Locale.ROOT));
    }
    if (!prose && parts.size() < 2) {
      // A key of one part (incomingwebhook) may run words together: it is no evidence.
      return;
    }
    for (String word : parts) {
      if (word.length() >= 2) {
        words.add(word);
      }
    }
  }
}
