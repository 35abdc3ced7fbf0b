package io.b24rest.runtime.logging;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Masks secrets in text that may reach a log line or an exception message: the webhook secret of a
 * URL, the {@code auth} field of a body, OAuth tokens and client secrets, and every secret it was
 * told about (tokens change on refresh, so the set grows).
 *
 * <p>Linear in the length of the text: no pattern repeats an alternation (which Java's regex
 * engine matches by recursion, one stack frame per character).
 *
 * <p>Thread-safe.
 */
public final class Redactor {
  /** What a masked secret is replaced with. */
  public static final String MASK = "***";

  /** Exact replacement only for secrets long enough not to mask ordinary words. */
  private static final int MIN_EXACT_SECRET_LENGTH = 6;

  private static final Pattern WEBHOOK_PATH =
      Pattern.compile("(/rest/(?:api/)?\\d+/)[^/\\s\"'?#]+");
  private static final Pattern QUERY_SECRET_PARAM =
      Pattern.compile(
          "((?:^|[?&\\s])(?:auth|access_token|refresh_token|client_secret)=)[^&\\s\"]*");

  /** Tokens change hourly; the oldest beyond this many are dropped (the patterns still apply). */
  private static final int MAX_SECRETS = 32;

  private final Set<String> secrets = new LinkedHashSet<>();
  private volatile List<String> snapshot = List.of();

  /** A redactor that masks the well-known secret shapes only. */
  public Redactor() {}

  /** Also masks {@code secret} wherever it appears; ignores null and very short values. */
  public void addSecret(@Nullable String secret) {
    if (secret == null || secret.length() < MIN_EXACT_SECRET_LENGTH) {
      return;
    }
    synchronized (secrets) {
      secrets.remove(secret);
      secrets.add(secret);
      Iterator<String> oldest = secrets.iterator();
      while (secrets.size() > MAX_SECRETS) {
        oldest.next();
        oldest.remove();
      }
      snapshot = List.copyOf(secrets);
    }
  }

  /**
   * Returns {@code text} with every known secret and secret-shaped value replaced by {@code ***}.
   */
  public String redact(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    String result = text;
    for (String secret : snapshot) {
      result = result.replace(secret, MASK);
    }
    result = WEBHOOK_PATH.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    result = JsonSecretFields.mask(result, MASK);
    result = QUERY_SECRET_PARAM.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    return result;
  }

  @Override
  public String toString() {
    return "Redactor[" + snapshot.size() + " secrets]";
  }
}
