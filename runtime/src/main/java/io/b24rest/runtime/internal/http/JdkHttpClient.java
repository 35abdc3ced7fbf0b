package io.b24rest.runtime.internal.http;

import feign.Client;
import feign.Request;
import feign.Response;
import io.b24rest.runtime.http.AnswerTooLargeException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Feign {@link Client} over the JDK's {@link HttpClient}, chosen over {@code HttpURLConnection}
 * because the latter silently re-sends a POST whose connection broke, which would duplicate a write
 * behind the client's back. The whole body is read before the answer is handed on, so a connection
 * that drops mid-body fails here as an I/O error (and can be retried) instead of surfacing later as
 * a half-read answer. The read timeout (shortened to what is left of the call's deadline) bounds
 * the whole answer, body included, see {@link BoundedExchange}.
 */
public final class JdkHttpClient implements Client, AutoCloseable {
  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED =
      Set.of("content-length", "host", "connection", "expect", "upgrade");

  private final HttpClient http;
  private final CappedBody body;
  private final RequestUris uris = new RequestUris();

  /**
   * The executor handed to the JDK client, owned here so that {@link #close()} can stop its threads
   * (JDK 17's {@code HttpClient} has no {@code close()} of its own).
   */
  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "b24-http");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * A client with the given connect timeout that reads answers of at most {@code maxAnswerBytes}
   * (else {@link AnswerTooLargeException}); it never follows redirects.
   */
  public JdkHttpClient(Duration connectTimeout, long maxAnswerBytes) {
    this.body = new CappedBody(maxAnswerBytes);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .executor(executor)
            .build();
  }

  /** Stops the threads of this client's executor; idempotent. */
  @Override
  public void close() {
    executor.shutdownNow();
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(uris.of(request.url()));
    } catch (IllegalArgumentException e) {
      // The URL holds the webhook secret: keep it out of the message.
      throw new IOException("the request URL is not valid");
    }
    Duration timeout = CallDeadline.attemptTimeout(Duration.ofMillis(options.readTimeoutMillis()));
    if (!timeout.isNegative() && !timeout.isZero()) {
      builder.timeout(timeout);
    }
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      if (RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String value : header.getValue()) {
        builder.header(header.getKey(), value);
      }
    }
    byte[] body = request.body();
    builder.method(
        request.httpMethod().name(),
        body == null || body.length == 0
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    HttpResponse<byte[]> answer =
        BoundedExchange.send(http, builder.build(), this.body, timeout);
    // The JDK's map as it is: the response copies it (case-insensitively) anyway.
    Map<String, Collection<String>> headers = Collections.unmodifiableMap(answer.headers().map());
    return Response.builder()
        .status(answer.statusCode())
        .reason("")
        .headers(headers)
        .body(new AnswerBody(answer.body()))
        .request(request)
        .build();
  }
}
