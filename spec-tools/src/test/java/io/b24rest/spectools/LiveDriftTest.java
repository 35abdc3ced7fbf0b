package io.b24rest.spectools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@code drift --webhook} fetches the document through rest.documentation.openapi, as a file would give it. */
class LiveDriftTest {
  @Test
  void theLiveDocumentDriftsAsTheSavedOne() throws IOException {
    byte[] document = Files.readAllBytes(SharedDocs.openApi());
    AtomicReference<String> asked = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      asked.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
      exchange.sendResponseHeaders(200, document.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(document);
      }
    });
    server.start();
    try {
      String webhook = "http://127.0.0.1:" + server.getAddress().getPort() + "/rest/7/secretvalue123/";
      CommandLineTest.Run live = CommandLineTest.run("drift", "--webhook", webhook);
      CommandLineTest.Run saved = CommandLineTest.run("drift", SharedDocs.openApi().toString());
      assertEquals("POST /rest/api/7/secretvalue123/rest.documentation.openapi", asked.get());
      assertEquals(saved.out(), live.out());
      assertEquals(saved.exit(), live.exit());
      assertFalse((live.out() + live.err()).contains("secretvalue123"));
    } finally {
      server.stop(0);
    }
  }
}
