package io.b24rest.runtime.internal.logging;

import io.b24rest.runtime.internal.logging.RedactedException;
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

  /** The shortest start of a secret masked at the end of a cut text. */
  public static final int MIN_CUT_PREFIX = 3;

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
   * A known secret is found also when some of its characters are JSON-escaped ({@code \u0061}) or
   * URL-escaped ({@code %61}).
   */
  public String redact(@Nullable String text) {
    return redact(text, false);
  }

  /**
   * Like {@link #redact(String)}, for a text cut from a longer one: a known secret the cut went
   * through is masked too, from its first character (at least {@value #MIN_CUT_PREFIX}) at the
   * end of {@code text}.
   */
  public String redactCut(@Nullable String text) {
    return redact(text, true);
  }

  /**
   * The first {@code maxLength} characters of {@code text} (with {@code ...} when longer), masked:
   * masking comes first, so a secret that straddles the cut shows no prefix.
   */
  public String redactAndCut(@Nullable String text, int maxLength) {
    String clean = redact(text);
    return clean.length() <= maxLength ? clean : redactCut(clean.substring(0, maxLength)) + "...";
  }

  /**
   * {@code thrown} itself if no message of its cause chain holds a secret, else a copy of the
   * chain ({@link RedactedException}s with the same stack traces) with every message masked.
   */
  public Throwable redactChain(Throwable thrown) {
    return holdsSecret(thrown) ? RedactedException.copyOf(thrown, this) : thrown;
  }

  /** Whether a message of {@code thrown} or of one of its causes changes under redaction. */
  public boolean holdsSecret(@Nullable Throwable thrown) {
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < 32; t = t.getCause(), depth++) {
      String message = t.getMessage();
      if (message != null && !message.equals(redact(message))) {
        return true;
      }
    }
    return false;
  }

  private String redact(@Nullable String text, boolean cut) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    String result = maskKnownSecrets(text, cut);
    result = WEBHOOK_PATH.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    result = JsonSecretFields.mask(result, MASK);
    result = QUERY_SECRET_PARAM.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    return result;
  }

  private String maskKnownSecrets(String text, boolean cut) {
    List<String> secrets = snapshot;
    if (secrets.isEmpty()) {
      return text;
    }
    if (!cut && !EncodedText.hasEscapes(text)) {
      String result = text;
      for (String secret : secrets) {
        result = result.replace(secret, MASK);
      }
      return result;
    }
    EncodedText encoded = EncodedText.of(text);
    String decoded = encoded.decoded;
    boolean[] masked = new boolean[text.length()];
    boolean any = false;
    for (String secret : secrets) {
      for (int at = decoded.indexOf(secret); at >= 0; at = decoded.indexOf(secret, at + 1)) {
        mark(masked, encoded.originalStart(at), encoded.originalEnd(at + secret.length()));
        any = true;
      }
    }
    int tail = cut ? cutSecretPrefix(decoded, secrets) : 0;
    if (tail > 0) {
      mark(masked, encoded.originalStart(decoded.length() - tail), text.length());
      any = true;
    }
    return any ? replaceMarked(text, masked) : text;
  }

  /** The length of the longest end of {@code text} that begins a secret, or 0. */
  private static int cutSecretPrefix(String text, List<String> secrets) {
    int longest = 0;
    for (String secret : secrets) {
      for (int k = Math.min(secret.length() - 1, text.length()); k >= MIN_CUT_PREFIX; k--) {
        if (k > longest && text.regionMatches(text.length() - k, secret, 0, k)) {
          longest = k;
          break;
        }
      }
    }
    return longest;
  }

  private static void mark(boolean[] masked, int from, int to) {
    for (int i = from; i < to; i++) {
      masked[i] = true;
    }
  }

  private static String replaceMarked(String text, boolean[] masked) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (masked[i]) {
        out.append(MASK);
        while (i < text.length() && masked[i]) {
          i++;
        }
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "Redactor[" + snapshot.size() + " secrets]";
  }
}
