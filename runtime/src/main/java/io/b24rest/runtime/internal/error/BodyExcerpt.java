package io.b24rest.runtime.internal.error;

import io.b24rest.runtime.internal.logging.Redactor;
import java.nio.charset.StandardCharsets;

/** A short, single-line, secret-free excerpt of an answer body, for exception messages. */
public final class BodyExcerpt {
  /** The longest excerpt. */
  public static final int MAX_LENGTH = 200;

  /** Redacting works on more than the excerpt so that a secret cut in half is still found. */
  private static final int REDACT_WINDOW = 2_000;

  private BodyExcerpt() {}

  /** The first {@value #MAX_LENGTH} characters of {@code body}, secrets masked. */
  public static String of(byte[] body, Redactor redactor) {
    if (body == null || body.length == 0) {
      return "";
    }
    int length = Math.min(body.length, REDACT_WINDOW * 4);
    String text = new String(body, 0, length, StandardCharsets.UTF_8);
    boolean cut = length < body.length || text.length() > REDACT_WINDOW;
    if (text.length() > REDACT_WINDOW) {
      text = text.substring(0, REDACT_WINDOW);
    }
    // Masked before anything is cut or collapsed, and a secret the window cut through is masked.
    String masked = cut ? redactor.redactCut(text) : redactor.redact(text);
    String clean = masked.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    return clean.length() <= MAX_LENGTH ? clean : clean.substring(0, MAX_LENGTH - 3) + "...";
  }
}
