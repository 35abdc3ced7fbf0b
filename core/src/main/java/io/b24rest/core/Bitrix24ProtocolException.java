package io.b24rest.core;

import org.jspecify.annotations.Nullable;

/**
 * The portal (or a proxy in front of it) answered with something that is not a Bitrix24 answer: a
 * body that is not JSON (an HTML 502 page), an empty or truncated body, JSON without {@code
 * result}, or a {@code result} of the wrong shape.
 *
 * <p>The excerpt is short (at most 200 characters) and has secrets masked, so it is safe to log.
 */
public class Bitrix24ProtocolException extends Bitrix24Exception {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final String excerpt;
  private final @Nullable String method;

  /**
   * @param httpStatus the HTTP status of the answer
   * @param problem what is wrong with the answer, for example {@code body is not JSON}
   * @param excerpt a short, sanitized excerpt of the body; empty when the body was empty
   * @param method the REST method that was called, when known
   */
  public Bitrix24ProtocolException(
      int httpStatus, String problem, String excerpt, @Nullable String method) {
    super(describe(httpStatus, problem, excerpt, method));
    this.httpStatus = httpStatus;
    this.excerpt = excerpt == null ? "" : excerpt;
    this.method = method;
  }

  /** The HTTP status of the answer. */
  public int httpStatus() {
    return httpStatus;
  }

  /** A short, sanitized excerpt of the body; empty when the body was empty. */
  public String excerpt() {
    return excerpt;
  }

  /** The REST method that was called, when known. */
  public @Nullable String method() {
    return method;
  }

  private static String describe(
      int httpStatus, String problem, @Nullable String excerpt, @Nullable String method) {
    StringBuilder text = new StringBuilder();
    if (method != null) {
      text.append(method).append(": ");
    }
    text.append("unexpected answer (HTTP ").append(httpStatus).append("): ").append(problem);
    if (excerpt != null && !excerpt.isEmpty()) {
      text.append("; body starts with: ").append(excerpt);
    }
    return text.toString();
  }
}
