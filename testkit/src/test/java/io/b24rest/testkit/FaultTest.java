package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension EXTENSION =
      new FakeBitrix24PortalExtension(FakeBitrix24Portal.builder().spec(TestSpecs.model()));

  private final PortalClient client = new PortalClient();

  @Test
  void aDelayHoldsTheAnswerBackAndThenAnswersAsUsual() throws Exception {
    EXTENSION.portal().inject(Fault.delay(Duration.ofMillis(800))).once();

    long started = System.nanoTime();
    var delayed = ping();
    long delayedMillis = (System.nanoTime() - started) / 1_000_000;
    var next = ping();

    assertEquals(200, delayed.status());
    assertTrue(delayedMillis >= 800, "took " + delayedMillis + " ms");
    assertTrue(delayed.json().at("/time/duration").asDouble() >= 0.8, delayed.body());
    assertEquals(200, next.status());
    // The portal's own measure: free of the client's scheduling on a busy machine.
    double nextSeconds = next.json().at("/time/duration").asDouble();
    assertTrue(nextSeconds < 0.8, "once only, but the next took " + nextSeconds + " s");
  }

  @Test
  void aDroppedConnectionReachesTheClientAsAnIoExceptionAfterTheRequestWasHandled()
      throws Exception {
    EXTENSION.portal().inject(Fault.dropConnection()).once();

    assertThrows(IOException.class, this::ping);
    assertEquals(1, EXTENSION.portal().requestCount(), "no silent retry by the client");
    assertEquals(200, ping().status(), "once only");
  }

  @Test
  void aDroppedWriteIsStillHandledSoItsIdempotencyKeyReplays() throws Exception {
    EXTENSION.portal().inject(Fault.dropConnection()).forMethod(TestSpecs.ADD).once();
    var headers = java.util.Map.of("Idempotency-Key", "key-1");
    String body = "{\"fields\":{\"title\":\"Report\"}}";

    assertThrows(
        IOException.class,
        () -> client.post(EXTENSION.portal().webhookUrl() + TestSpecs.ADD, body, headers));
    var retry = client.post(EXTENSION.portal().webhookUrl() + TestSpecs.ADD, body, headers);

    assertEquals(200, retry.status());
    assertEquals("true", retry.raw().headers().firstValue("Idempotent-Replayed").orElse(""));
  }

  @Test
  void anInternalServerErrorIsTheSystemErrorShape() throws Exception {
    EXTENSION.portal().inject(Fault.internalServerError()).once();

    var reply = ping();

    assertEquals(500, reply.status());
    assertEquals(
        Json.parse(
                "{\"error\":\"INTERNAL_SERVER_ERROR\",\"error_description\":\"Internal server"
                    + " error\"}")
            .orElseThrow(),
        reply.json());
  }

  @Test
  void aBadGatewayIsAnHtmlPage() throws Exception {
    EXTENSION.portal().inject(Fault.badGatewayHtml()).once();

    var reply = ping();

    assertEquals(502, reply.status());
    assertEquals("text/html", reply.contentType());
    assertTrue(reply.body().contains("<title>502 Bad Gateway</title>"), reply.body());
    assertTrue(Json.parse(reply.body()).isEmpty(), "not JSON");
  }

  @Test
  void aFaultForOneMethodLeavesTheOthersAlone() throws Exception {
    EXTENSION.portal().inject(Fault.internalServerError()).forMethod(TestSpecs.SEED).times(2);

    assertEquals(200, ping().status());
    assertEquals(500, seed().status());
    assertEquals(500, seed().status());
    assertEquals(200, seed().status());
  }

  @Test
  void faultsApplyInTheOrderTheyWereRegistered() throws Exception {
    EXTENSION.portal().inject(Fault.internalServerError()).once();
    EXTENSION.portal().inject(Fault.badGatewayHtml()).once();

    assertEquals(
        List.of(500, 502, 200), List.of(ping().status(), ping().status(), ping().status()));
  }

  @Test
  void anAlwaysFaultLastsUntilReset() throws Exception {
    EXTENSION.portal().inject(Fault.badGatewayHtml()).always();

    assertEquals(502, ping().status());
    assertEquals(502, seed().status());
    EXTENSION.portal().reset();
    assertEquals(200, ping().status());
  }

  @Test
  void badFaultArgumentsFailClearly() {
    assertThrows(IllegalArgumentException.class, () -> Fault.delay(Duration.ofMillis(-1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> EXTENSION.portal().inject(Fault.dropConnection()).times(0));
  }

  private PortalClient.Reply ping() throws Exception {
    return client.post(EXTENSION.portal().webhookUrl() + TestSpecs.PING, "{}");
  }

  private PortalClient.Reply seed() throws Exception {
    return client.post(EXTENSION.portal().webhookUrl() + TestSpecs.SEED, "{\"id\":15}");
  }
}
