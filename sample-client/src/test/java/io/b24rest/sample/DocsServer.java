package io.b24rest.sample;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plain loopback server that is not the testkit: it answers {@code POST
 * /rest/api/1/SECRET/{method}} with the method's documented 200 answer, as the docs show it, and
 * anything else with 404. It stands for "any server that answers like the docs".
 */
final class DocsServer implements AutoCloseable {
  static final String SECRET = "docsserversecret1";

  private final HttpServer server;
  private final List<String> calledMethods = new CopyOnWriteArrayList<>();

  private DocsServer(HttpServer server) {
    this.server = server;
  }

  static DocsServer start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    DocsServer docs = new DocsServer(server);
    server.createContext("/", docs::handle);
    server.start();
    return docs;
  }

  /** The webhook URL of this server; it holds {@link #SECRET}. */
  String webhookUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/rest/api/1/" + SECRET + "/";
  }

  /** The REST methods called so far, in order. */
  List<String> calledMethods() {
    return List.copyOf(calledMethods);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream body = exchange.getRequestBody()) {
      body.readAllBytes();
      String prefix = "/rest/api/1/" + SECRET + "/";
      String path = exchange.getRequestURI().getPath();
      String answer;
      int status;
      if (path.startsWith(prefix)) {
        String method = path.substring(prefix.length());
        calledMethods.add(method);
        answer = DocsExamples.okAnswer(method);
        status = 200;
      } else {
        answer = "{\"error\":\"ERROR_METHOD_NOT_FOUND\",\"error_description\":\"Method not found!\"}";
        status = 404;
      }
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
