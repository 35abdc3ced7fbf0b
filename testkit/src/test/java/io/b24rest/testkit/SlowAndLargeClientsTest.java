package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.api.humanresources.NodeApi;
import io.b24rest.api.humanresources.NodeGetRequest;
import io.b24rest.runtime.retry.RetryPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The portal as a server: slow, silent and huge clients on real loopback sockets. */
class SlowAndLargeClientsTest {
  private final List<Socket> sockets = new ArrayList<>();
  private FakeBitrix24Portal portal;

  @AfterEach
  void closeAll() throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
    if (portal != null) {
      portal.close();
    }
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket("127.0.0.1", portal.port());
    sockets.add(socket);
    return socket;
  }

  /** Headers of a POST announcing {@code length} body bytes, then the first body byte. */
  private Socket startSlowBody(long length) throws IOException {
    Socket socket = connect();
    OutputStream out = socket.getOutputStream();
    out.write(
        ("POST /rest/api/1/" + portal.webhookSecret() + "/humanresources.node.get HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + length
                + "\r\n\r\n{")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  @Test
  void eightClientsSendingTheirBodyByTheByteOrNothingDoNotBlockANormalRequest() throws Exception {
    portal = FakeBitrix24Portal.builder().start();
    for (int i = 0; i < 8; i++) {
      startSlowBody(1_000);
      connect(); // opens a connection and sends nothing
      // a request line that never ends
      connect().getOutputStream().write("POST /rest/api/1/".getBytes(StandardCharsets.US_ASCII));
    }
    Thread.sleep(200); // let the server take them all up

    NodeApi api =
        portal
            .clientBuilder()
            .retryPolicy(RetryPolicy.none())
            .readTimeout(Duration.ofSeconds(3))
            .build()
            .api(NodeApi.class);

    assertTrue(api.get(NodeGetRequest.builder().id(1L).build()).result() != null);
  }

  @Test
  void headersThatNeverEndHaveTheirConnectionClosedAfterTheArrivalDeadline() throws Exception {
    portal = FakeBitrix24Portal.builder().start();
    // This build's JVM sets no such property: the testkit's own default applies.
    assertEquals(
        RequestArrivalDeadline.DEFAULT_SECONDS,
        System.getProperty(RequestArrivalDeadline.PROPERTY));
    long deadlineSeconds = Long.parseLong(RequestArrivalDeadline.DEFAULT_SECONDS);
    List<Socket> silent = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Socket socket = connect();
      socket.getOutputStream().write("POST /rest/api/1/".getBytes(StandardCharsets.US_ASCII));
      socket.setSoTimeout((int) (deadlineSeconds + 5) * 1_000);
      silent.add(socket);
    }
    Instant start = Instant.now();

    for (Socket socket : silent) {
      int answer;
      try {
        answer = socket.getInputStream().read();
      } catch (SocketTimeoutException e) {
        throw new AssertionError("the portal kept a connection whose headers never ended", e);
      } catch (IOException e) {
        answer = -1; // reset by the portal: closed as well
      }
      assertEquals(-1, answer, "closed without an answer");
    }
    assertTrue(
        Duration.between(start, Instant.now()).toSeconds() <= deadlineSeconds + 2,
        "closed within the deadline and the JDK server's one-second check");
  }

  @Test
  void requestsPastMaxConnectionsHaveTheirConnectionClosedAndTheThreadsComeBack() throws Exception {
    portal = FakeBitrix24Portal.builder().maxConnections(2).start();
    List<Socket> unfinished = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Socket socket = connect();
      socket.getOutputStream().write("POST /rest/api/1/".getBytes(StandardCharsets.US_ASCII));
      unfinished.add(socket);
    }
    Thread.sleep(200); // let the server take them up
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest get =
        HttpRequest.newBuilder(URI.create(portal.webhookUrl() + "humanresources.node.get"))
            .POST(HttpRequest.BodyPublishers.ofString("{\"id\":1}"))
            .timeout(Duration.ofSeconds(3))
            .build();
    Instant start = Instant.now();

    IOException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> http.send(get, HttpResponse.BodyHandlers.ofString()));
    long refusedAfterMillis = Duration.between(start, Instant.now()).toMillis();
    for (Socket socket : unfinished) {
      socket.close();
    }
    Thread.sleep(200);
    HttpResponse<String> later = http.send(get, HttpResponse.BodyHandlers.ofString());

    assertFalse(
        refused instanceof java.net.http.HttpTimeoutException,
        "closed at once, not left waiting: " + refused);
    assertTrue(refusedAfterMillis < 2_000, refusedAfterMillis + " ms");
    assertEquals(200, later.statusCode(), later.body());
  }

  @Test
  void aBodyThatDoesNotArriveInTimeHasItsConnectionClosed() throws Exception {
    portal = FakeBitrix24Portal.builder().requestBodyTimeout(Duration.ofMillis(500)).start();
    Socket slow = startSlowBody(1_000);
    slow.setSoTimeout(5_000);
    Instant start = Instant.now();

    OutputStream out = slow.getOutputStream();
    InputStream in = slow.getInputStream();
    int answer;
    try {
      for (int i = 0; i < 20; i++) {
        out.write(' ');
        out.flush();
        Thread.sleep(100);
      }
      answer = in.read();
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the portal kept the connection open", e);
    } catch (IOException e) {
      answer = -1; // reset by the portal: closed as well
    }

    assertEquals(-1, answer, "the connection is closed without an answer");
    assertTrue(Duration.between(start, Instant.now()).toMillis() < 4_000);
    assertEquals(0, portal.requests().size(), "a body never received is not recorded");
  }

  @Test
  void aBodyPastTheCapGets413WithAClearMessage() throws Exception {
    portal = FakeBitrix24Portal.builder().maxRequestSize(1_000).start();
    HttpClient http = HttpClient.newHttpClient();
    byte[] body = ("{\"id\":1,\"pad\":\"" + "x".repeat(5_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    URI uri = URI.create(portal.webhookUrl() + "humanresources.node.get");

    HttpResponse<String> sized =
        http.send(
            HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> chunked =
        http.send(
            HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    for (HttpResponse<String> answer : List.of(sized, chunked)) {
      assertEquals(413, answer.statusCode());
      assertTrue(answer.body().contains("REQUEST_ENTITY_TOO_LARGE"), answer.body());
      assertTrue(answer.body().contains("limit of 1000 bytes"), answer.body());
    }
    assertEquals(2, portal.answerCount(413));
    assertTrue(portal.lastRequest().bodyTruncated());
    assertEquals("", portal.lastRequest().body());
  }

  @Test
  void theOAuthServerBoundsItsBodiesLikeThePortal() throws Exception {
    portal = FakeBitrix24Portal.builder().maxRequestSize(1_000).start();

    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(portal.oauthServerUrl()))
                    .POST(HttpRequest.BodyPublishers.ofString("x".repeat(5_000)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(413, answer.statusCode());
    assertTrue(answer.body().contains("REQUEST_ENTITY_TOO_LARGE"), answer.body());
  }

  @Test
  void aHugeDeclaredLengthIsAnsweredWithoutReadingTheBody() throws Exception {
    portal = FakeBitrix24Portal.builder().start();
    Socket socket = startSlowBody(20L * 1024 * 1024);
    socket.setSoTimeout(5_000);

    byte[] head = socket.getInputStream().readNBytes(12);

    assertEquals("HTTP/1.1 413", new String(head, StandardCharsets.US_ASCII));
  }

  @Test
  void theJournalKeepsALongBodyCutAndWithoutItsParsedTree() {
    portal = FakeBitrix24Portal.builder().keepBodyChars(100).start();
    NodeApi api = portal.clientBuilder().build().api(NodeApi.class);

    api.get(NodeGetRequest.builder().id(1L).build());
    RecordedRequest shortOne = portal.takeRequest();
    HttpResponse<String> answer = postRaw("{\"id\":1,\"pad\":\"" + "x".repeat(1_000) + "\"}");
    RecordedRequest longOne = portal.takeRequest();

    assertFalse(shortOne.bodyTruncated());
    assertEquals(1, shortOne.param("id").orElseThrow().asInt());
    assertEquals(200, answer.statusCode(), "answered from the whole body");
    assertTrue(longOne.bodyTruncated());
    assertEquals(100, longOne.body().length());
    assertTrue(longOne.json().isEmpty());
  }

  @Test
  void theJournalKeepsABoundedAmountOfBodyTextInAll() {
    RequestJournal journal = new RequestJournal(10, 250);
    for (int i = 0; i < 5; i++) {
      journal.record(
          new RecordedRequest(
              "POST", "/p", java.util.Optional.empty(), AuthMode.WEBHOOK, java.util.Map.of(),
              "x".repeat(100), java.util.Optional.empty(), Instant.now(), false));
    }

    assertEquals(2, journal.all().size(), "the two newest fit 250 characters");
    assertEquals(5, journal.received());
  }

  private HttpResponse<String> postRaw(String body) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(portal.webhookUrl() + "humanresources.node.get"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
