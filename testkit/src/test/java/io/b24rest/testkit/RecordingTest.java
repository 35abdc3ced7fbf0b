package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecordingTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension EXTENSION =
      new FakeBitrix24PortalExtension(
          FakeBitrix24Portal.builder().spec(TestSpecs.model()).webhook(3, "recordsecret"));

  private final PortalClient client = new PortalClient();

  @Test
  void aRequestIsRecordedWithPathHeadersBodyAndAuthMode() throws Exception {
    FakeBitrix24Portal portal = EXTENSION.portal();
    String body = "{\"fields\":{\"title\":\"Report\"}}";

    client.post(
        portal.webhookUrl() + TestSpecs.ADD, body, Map.of("Idempotency-Key", "9f1c1a7e-5f1b"));

    RecordedRequest request = portal.lastRequest();
    assertEquals("POST", request.httpMethod());
    assertEquals("/rest/api/3/recordsecret/" + TestSpecs.ADD, request.path());
    assertEquals(TestSpecs.ADD, request.methodName().orElseThrow());
    assertEquals(AuthMode.WEBHOOK, request.authMode());
    assertEquals(body, request.body());
    assertEquals("Report", request.json().orElseThrow().at("/fields/title").asText());
    assertEquals("Report", request.param("fields").orElseThrow().get("title").asText());
    assertEquals("9f1c1a7e-5f1b", request.idempotencyKey().orElseThrow());
    assertEquals("application/json", request.header("CONTENT-TYPE").orElseThrow());
  }

  @Test
  void everyRequestIsRecordedEvenRefusedOnes() throws Exception {
    FakeBitrix24Portal portal = EXTENSION.portal();
    client.post(portal.webhookUrl() + TestSpecs.SEED, "{\"id\":15}");
    client.post(portal.restApiUrl() + TestSpecs.SEED, "not json");
    client.post(portal.baseUrl() + "/elsewhere", "{}");

    List<RecordedRequest> requests = portal.requests();
    assertEquals(3, requests.size());
    assertEquals(
        List.of(AuthMode.WEBHOOK, AuthMode.OAUTH, AuthMode.NONE),
        requests.stream().map(RecordedRequest::authMode).toList());
    assertTrue(requests.get(1).json().isEmpty(), "a body that is not JSON has no tree");
    assertEquals("not json", requests.get(1).body());
    assertTrue(requests.get(2).methodName().isEmpty());
    assertEquals(2, portal.requests(TestSpecs.SEED).size());
    assertEquals(0, portal.requests(TestSpecs.ADD).size());
  }

  @Test
  void takeRequestGivesRequestsInArrivalOrderOnce() throws Exception {
    FakeBitrix24Portal portal = EXTENSION.portal();
    client.post(portal.webhookUrl() + TestSpecs.SEED, "{\"id\":1}");
    client.post(portal.webhookUrl() + TestSpecs.SEED, "{\"id\":2}");

    assertEquals(1, portal.takeRequest().param("id").orElseThrow().asInt());
    assertEquals(2, portal.takeRequest().param("id").orElseThrow().asInt());
    assertTrue(portal.takeRequest(Duration.ofMillis(50)).isEmpty());
    assertEquals(2, portal.requests().size(), "taking does not forget");
  }

  @Test
  void resetForgetsTheRecordedRequests() throws Exception {
    FakeBitrix24Portal portal = EXTENSION.portal();
    client.post(portal.webhookUrl() + TestSpecs.PING, "{}");

    portal.reset();

    assertEquals(0, portal.requestCount());
    assertThrows(IllegalStateException.class, portal::lastRequest);
    assertTrue(portal.takeRequest(Duration.ZERO).isEmpty());
  }

  @Test
  void noSecretIsPrinted() throws Exception {
    FakeBitrix24Portal portal = EXTENSION.portal();
    client.post(
        portal.restApiUrl() + TestSpecs.PING, "{\"auth\":\"" + portal.accessToken() + "\"}");
    client.post(portal.webhookUrl() + TestSpecs.PING, "{}");

    for (RecordedRequest request : portal.requests()) {
      assertFalse(request.toString().contains("recordsecret"), request.toString());
      assertFalse(request.toString().contains(portal.accessToken()), request.toString());
    }
    assertFalse(portal.toString().contains("recordsecret"), portal.toString());
  }

  @Test
  void onlyTheMostRecentRequestsAreKeptButAllAreCounted() throws Exception {
    try (FakeBitrix24Portal portal =
        FakeBitrix24Portal.builder().spec(TestSpecs.model()).keepRequests(2).start()) {
      for (int id = 1; id <= 3; id++) {
        client.post(portal.webhookUrl() + TestSpecs.SEED, "{\"id\":" + id + "}");
      }

      assertEquals(3, portal.requestCount());
      assertEquals(
          List.of(2, 3),
          portal.requests().stream().map(r -> r.param("id").orElseThrow().asInt()).toList());
      assertEquals(2, portal.takeRequest().param("id").orElseThrow().asInt());
    }
  }
}
