package io.b24rest.testkit;

import java.time.Duration;
import java.util.Objects;

/** A failure the portal injects into a request on demand, see {@link FakeBitrix24Portal#inject}. */
public final class Fault {
  /** What goes wrong. */
  public enum Kind {
    /** The portal waits before handling the request, then answers as usual. */
    DELAY,
    /** The portal handles the request, then closes the connection without an answer. */
    DROP_CONNECTION,
    /** 500 {@code INTERNAL_SERVER_ERROR}, the request is not handled. */
    INTERNAL_SERVER_ERROR,
    /** 502 with an nginx HTML page ({@code text/html}), the request is not handled. */
    BAD_GATEWAY_HTML
  }

  private final Kind kind;
  private final Duration delay;

  private Fault(Kind kind, Duration delay) {
    this.kind = kind;
    this.delay = delay;
  }

  /** Waits {@code delay} before handling the request. */
  public static Fault delay(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, got " + delay);
    }
    return new Fault(Kind.DELAY, delay);
  }

  /**
   * Handles the request (it is recorded, counted and, for a write with an Idempotency-Key, its
   * answer stored), then closes the connection without sending anything: the client sees an {@link
   * java.io.IOException}, as when an answer is lost on the way.
   */
  public static Fault dropConnection() {
    return new Fault(Kind.DROP_CONNECTION, Duration.ZERO);
  }

  /**
   * Answers 500 {@code {"error":"INTERNAL_SERVER_ERROR","error_description":"Internal server
   * error"}}.
   */
  public static Fault internalServerError() {
    return new Fault(Kind.INTERNAL_SERVER_ERROR, Duration.ZERO);
  }

  /**
   * Answers 502 with nginx's HTML "502 Bad Gateway" page, as a proxy in front of the portal does.
   */
  public static Fault badGatewayHtml() {
    return new Fault(Kind.BAD_GATEWAY_HTML, Duration.ZERO);
  }

  /** What goes wrong. */
  public Kind kind() {
    return kind;
  }

  /** The wait of a {@link Kind#DELAY}; zero for the other kinds. */
  public Duration delay() {
    return delay;
  }

  @Override
  public String toString() {
    return kind == Kind.DELAY ? "Fault[DELAY " + delay.toMillis() + " ms]" : "Fault[" + kind + "]";
  }
}
