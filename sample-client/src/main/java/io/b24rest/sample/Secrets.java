package io.b24rest.sample;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The secrets of one run (webhook URLs with their secret segment, access tokens), to mask in any
 * line the client prints. The runtime keeps them out of its own messages; this is the last guard
 * for messages of other origin, such as an argument picocli quotes back.
 */
final class Secrets {
  private static final String MASK = "***";

  private final List<String> values;

  private Secrets(List<String> values) {
    // Longest first, so that a URL is masked whole before its secret segment alone.
    this.values = values.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  static Secrets of(ConnectionOptions options, Map<String, String> environment) {
    List<String> values = new ArrayList<>();
    addWebhook(values, options.webhook);
    addWebhook(values, environment.get(ConnectionOptions.ENV_WEBHOOK));
    addToken(values, options.token);
    addToken(values, environment.get(ConnectionOptions.ENV_TOKEN));
    return new Secrets(values);
  }

  /** {@code text} with every secret replaced by {@code ***}. */
  String mask(String text) {
    String masked = text;
    for (String secret : values) {
      masked = masked.replace(secret, MASK);
    }
    return masked;
  }

  private static void addToken(List<String> values, @Nullable String token) {
    if (token != null && !token.isBlank()) {
      values.add(token.strip());
    }
  }

  private static void addWebhook(List<String> values, @Nullable String url) {
    if (url == null || url.isBlank()) {
      return;
    }
    values.add(url.strip());
    // The secret is a path segment of /rest/{user}/{secret}/ or /rest/api/{user}/{secret}/;
    // mask every segment that is neither a keyword nor the numeric user id.
    String path;
    try {
      path = URI.create(url.strip()).getPath();
    } catch (IllegalArgumentException e) {
      path = url;
    }
    if (path == null) {
      return;
    }
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()
          && !segment.equals("rest")
          && !segment.equals("api")
          && !segment.chars().allMatch(Character::isDigit)) {
        values.add(segment);
      }
    }
  }
}
