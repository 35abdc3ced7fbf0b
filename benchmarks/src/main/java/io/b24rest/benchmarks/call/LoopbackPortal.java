package io.b24rest.benchmarks.call;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK {@link HttpServer} on loopback that answers every request with one fixed 200 JSON body at
 * once: the server side of the call benchmark, identical for the client under test and the
 * baseline, doing as little as possible so that the clients' own cost shows.
 */
public final class LoopbackPortal implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;

  private LoopbackPortal(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts a server that answers {@code body} on any path.
   *
   * @param threads handler threads (as many as client threads, so no request queues)
   */
  public static LoopbackPortal start(byte[] body, int threads) throws IOException {
    // Without TCP_NODELAY every answer waits for the client's delayed ACK (~40 ms on Linux); the
    // JDK reads this once, when the first server is created.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    // The server closes a keep-alive connection idle for 30 s by default; on a loaded machine a
    // contender's pooled connections can sit that long between rounds, and a request sent as the
    // server closes one fails ("header parser received no bytes"), which the raw baseline, having
    // no retries, cannot survive. Read once, like nodelay.
    if (System.getProperty("sun.net.httpserver.idleInterval") == null) {
      System.setProperty("sun.net.httpserver.idleInterval", "3600");
    }
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    ExecutorService executor =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "loopback-portal");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", exchange -> answer(exchange, body));
    server.start();
    return new LoopbackPortal(server, executor);
  }

  private static void answer(HttpExchange exchange, byte[] body) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** {@code http://127.0.0.1:port}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
