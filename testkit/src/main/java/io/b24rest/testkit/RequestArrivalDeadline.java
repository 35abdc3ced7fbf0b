package io.b24rest.testkit;

/**
 * How long a request line and its headers may take to arrive. The JDK server reads them on a
 * thread of its executor before any handler sees the exchange, so a client that opens a
 * connection and sends its headers a byte at a time, or never ends them, would hold that thread
 * for good. The one bound the JDK server has for that phase is its system property
 * {@value #PROPERTY} (seconds; the whole request, headers and body), read once, when the first
 * {@code HttpServer} of the JVM starts: the testkit sets it to {@value #DEFAULT_SECONDS} unless the
 * JVM already sets it. The finer bound on a body, once its headers are in, is the portal's
 * {@link FakeBitrix24PortalBuilder#requestBodyTimeout request body timeout}.
 */
final class RequestArrivalDeadline {
  static final String PROPERTY = "sun.net.httpserver.maxReqTime";
  static final String DEFAULT_SECONDS = "10";

  private RequestArrivalDeadline() {}

  /** Sets the JDK server's bound unless the JVM has one; before the first server starts. */
  static void applyUnlessSet() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, DEFAULT_SECONDS);
    }
  }
}
