package io.b24rest.runtime.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A scripted HTTP server on 127.0.0.1 and an ephemeral port: answers queued replies in order (then
 * the fallback, or a custom responder), and records every request it received.
 */
public final class FakePortal implements AutoCloseable {
  /** A secret-looking webhook code, for redaction assertions. */
  public static final String SECRET = "w3bh00kS3cr3tXYZ";

  /** A reply header that makes the server send the body chunked, without a Content-Length. */
  public static final String CHUNKED = "X-Test-Chunked";

  /** What the server received. */
  public record Recorded(
      String method,
      String path,
      String query,
      Map<String, String> headers,
      String body,
      long arrivalNanos) {
    /** A header by case-insensitive name, or null. */
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** What the server answers. */
  public record Reply(
      int status,
      byte[] body,
      String contentType,
      boolean dropConnection,
      long delayMillis,
      long millisPerByte,
      Map<String, String> headers) {
    public static Reply json(int status, String body) {
      return raw(status, body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    public static Reply raw(int status, byte[] body, String contentType) {
      return new Reply(status, body, contentType, false, 0, 0, Map.of());
    }

    /** Closes the connection without answering (after reading the request). */
    public static Reply drop() {
      return new Reply(0, new byte[0], "", true, 0, 0, Map.of());
    }

    public Reply delayed(long millis) {
      return new Reply(
          status, body, contentType, dropConnection, millis, millisPerByte, headers);
    }

    /** Sends the headers at once, then the body one byte every {@code millis}. */
    public Reply trickled(long millis) {
      return new Reply(status, body, contentType, dropConnection, delayMillis, millis, headers);
    }

    /** Also sends header {@code name}. */
    public Reply withHeader(String name, String value) {
      Map<String, String> more = new TreeMap<>(headers);
      more.put(name, value);
      return new Reply(
          status, body, contentType, dropConnection, delayMillis, millisPerByte, Map.copyOf(more));
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(16);
  private final Deque<Reply> queue = new ConcurrentLinkedDeque<>();
  private final List<Recorded> received = new CopyOnWriteArrayList<>();
  private volatile Function<Recorded, Reply> fallback = r -> ok("{\"items\":[]}");

  static {
    // Without it, Nagle's algorithm and delayed ACKs add ~40 ms to answers on kept-alive
    // connections.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  public FakePortal() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** A 200 answer with {@code result} and a {@code time} block. */
  public static Reply ok(String resultJson) {
    return Reply.json(
        200,
        "{\"result\":"
            + resultJson
            + ",\"time\":{\"start\":1.5,\"finish\":2.5,"
            + "\"duration\":1.0,\"processing\":0.5,\"operating_reset_at\":1778747792,\"operating\":3.3}}");
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:port} */
  public String origin() {
    return "http://127.0.0.1:" + port();
  }

  /** A webhook URL in the old form, {@code /rest/1/<secret>/}. */
  public String webhookUrl() {
    return origin() + "/rest/1/" + SECRET + "/";
  }

  public FakePortal enqueue(Reply... replies) {
    queue.addAll(List.of(replies));
    return this;
  }

  public FakePortal otherwise(Function<Recorded, Reply> responder) {
    this.fallback = responder;
    return this;
  }

  public List<Recorded> received() {
    return new ArrayList<>(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, String> headers = new TreeMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
      Recorded recorded =
          new Recorded(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestURI().getRawQuery(),
              headers,
              new String(body, StandardCharsets.UTF_8),
              System.nanoTime());
      received.add(recorded);
      Reply reply = queue.poll();
      if (reply == null) {
        reply = fallback.apply(recorded);
      }
      if (reply.delayMillis() > 0) {
        Thread.sleep(reply.delayMillis());
      }
      if (reply.dropConnection()) {
        return; // closing the exchange before any answer drops the connection
      }
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      reply.headers().forEach(exchange.getResponseHeaders()::set);
      boolean chunked = reply.headers().containsKey(CHUNKED);
      exchange.sendResponseHeaders(
          reply.status(), reply.body().length == 0 ? -1 : chunked ? 0 : reply.body().length);
      if (reply.body().length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          if (reply.millisPerByte() > 0) {
            for (byte b : reply.body()) {
              out.write(b);
              out.flush();
              Thread.sleep(reply.millisPerByte());
            }
          } else {
            out.write(reply.body());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
