package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the portal: reads the request within the {@link ServerLimits}, records it,
 * applies the rate limit and any
 * injected fault, and sends the answer (or drops the connection).
 */
final class PortalHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(PortalHandler.class);

  private final PortalState state;
  private final RequestProcessor processor;
  private final RequestBodyReader bodies;
  private final ServerLimits limits;

  /**
   * How many requests are worked on at once. Separate from the server's threads, of which each
   * connection has its own while its request arrives, so that slow clients wait on their own
   * threads, never on the ones the others need.
   */
  private final Semaphore working;

  PortalHandler(PortalState state, RequestBodyReader bodies, ServerLimits limits, int threads) {
    this.state = state;
    this.processor = new RequestProcessor(state);
    this.bodies = bodies;
    this.limits = limits;
    this.working = new Semaphore(threads);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      RequestBodyReader.Outcome body = bodies.read(exchange);
      if (body instanceof RequestBodyReader.Cut) {
        LOG.debug(
            "fake portal closed a connection whose request body did not arrive within {} ms",
            limits.bodyReadTimeout().toMillis());
        return;
      }
      if (body instanceof RequestBodyReader.TooLarge) {
        record(exchange, "", Optional.empty(), true, state.clock.instant());
        state.answers.count(413);
        send(exchange, Answers.requestTooLarge(limits.maxRequestBytes()));
        return;
      }
      IncomingRequest request = read(exchange, ((RequestBodyReader.Body) body).bytes());
      working.acquire();
      try {
        Optional<Answer> answer = answer(request);
        // An empty answer drops the connection: closing the exchange before sendResponseHeaders
        // makes the JDK server close the socket, so the client gets no status line at all, as
        // when the portal's answer is lost on the way.
        if (answer.isPresent()) {
          state.answers.count(answer.get().status());
          send(exchange, answer.get());
        }
      } finally {
        working.release();
      }
    } catch (InterruptedException e) {
      // The portal is closing.
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // A bug here must reach the test as a 500 it can see, not as a hung connection.
      LOG.error("fake portal failed to answer a {} request", exchange.getRequestMethod(), e);
      state.answers.count(500);
      send(exchange, Answers.internalServerError());
    } finally {
      exchange.close();
    }
  }

  /** The answer to send, or empty to drop the connection. */
  private Optional<Answer> answer(IncomingRequest request) {
    if (state.rateLimit.isPresent() && !state.rateLimit.get().tryAcquire()) {
      return Optional.of(Answers.queryLimitExceeded());
    }
    Optional<Fault> fault = state.faults.take(request.path().method());
    if (fault.isEmpty()) {
      return Optional.of(processor.process(request));
    }
    return switch (fault.get().kind()) {
      case DELAY -> {
        sleep(fault.get());
        yield Optional.of(processor.process(request));
      }
      case DROP_CONNECTION -> {
        processor.process(request);
        yield Optional.empty();
      }
      case INTERNAL_SERVER_ERROR -> Optional.of(Answers.internalServerError());
      case BAD_GATEWAY_HTML -> Optional.of(Answers.badGatewayHtml());
    };
  }

  private IncomingRequest read(HttpExchange exchange, byte[] bytes) {
    Instant receivedAt = state.clock.instant();
    long receivedNanos = System.nanoTime();
    String body = new String(bytes, StandardCharsets.UTF_8);
    String path = Optional.ofNullable(exchange.getRequestURI().getPath()).orElse("");
    RequestPath requestPath = RequestPath.parse(path);
    Optional<String> idempotencyKey =
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
    IncomingRequest request =
        new IncomingRequest(
            exchange.getRequestMethod(),
            requestPath,
            Optional.ofNullable(
                QueryString.parse(exchange.getRequestURI().getRawQuery()).get("auth")),
            idempotencyKey,
            body,
            body.isBlank() ? Optional.empty() : Json.parse(body),
            receivedAt,
            receivedNanos);
    boolean cut = body.length() > limits.keptBodyChars();
    record(
        exchange,
        cut ? body.substring(0, limits.keptBodyChars()) : body,
        // The parsed tree of a long body costs many times its text: the journal keeps neither.
        cut ? Optional.empty() : request.json(),
        cut,
        receivedAt);
    return request;
  }

  private void record(
      HttpExchange exchange,
      String keptBody,
      Optional<JsonNode> json,
      boolean truncated,
      Instant receivedAt) {
    String path = Optional.ofNullable(exchange.getRequestURI().getPath()).orElse("");
    RequestPath requestPath = RequestPath.parse(path);
    state.journal.record(
        new RecordedRequest(
            exchange.getRequestMethod(),
            path,
            requestPath.method(),
            requestPath.mode(),
            Map.copyOf(exchange.getRequestHeaders()),
            keptBody,
            json,
            receivedAt,
            truncated));
  }

  private static void send(HttpExchange exchange, Answer answer) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", answer.contentType());
    answer.headers().forEach(exchange.getResponseHeaders()::set);
    boolean noBody = answer.body().length == 0 || "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(answer.status(), noBody ? -1 : answer.body().length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.body());
      }
    }
  }

  private static void sleep(Fault fault) {
    try {
      Thread.sleep(fault.delay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
