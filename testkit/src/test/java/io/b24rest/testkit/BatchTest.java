package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** rest-v3.md, "Batch call". */
class BatchTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension EXTENSION =
      new FakeBitrix24PortalExtension(FakeBitrix24Portal.builder().spec(TestSpecs.model()));

  private final PortalClient client = new PortalClient();

  @Test
  void theResultIsTheArrayOfTheCallsResultsInOrder() throws Exception {
    EXTENSION.portal().on(TestSpecs.SEED).withParam("id", 2).respond("{\"chats\":[]}");

    var reply =
        batch(
            "[{\"method\":\""
                + TestSpecs.SEED
                + "\",\"query\":{\"id\":1}},"
                + "{\"method\":\""
                + TestSpecs.SEED
                + "\",\"query\":{\"id\":2}},"
                + "{\"method\":\""
                + TestSpecs.PING
                + "\"}]");

    assertEquals(200, reply.status(), reply.body());
    assertEquals(TestSpecs.seedExample(200).get("result"), reply.json().at("/result/0"));
    assertEquals(Json.parse("{\"chats\":[]}").orElseThrow(), reply.json().at("/result/1"));
    assertEquals(Json.parse("{\"result\":true}").orElseThrow(), reply.json().at("/result/2"));
    assertEquals(
        0.0, reply.json().at("/time/operating").asDouble(), "the batch itself is not counted");
    assertEquals(1, EXTENSION.portal().requests().size(), "one HTTP request");
  }

  @Test
  void aCallThatFailsValidationFailsTheBatchWithItsError() throws Exception {
    var reply =
        batch(
            "[{\"method\":\""
                + TestSpecs.PING
                + "\"},{\"method\":\""
                + TestSpecs.SEED
                + "\",\"query\":{}}]");

    assertEquals(400, reply.status());
    assertEquals(TestSpecs.seedExample(400), reply.json());
  }

  @Test
  void moreThanFiftyCallsAreRefused() throws Exception {
    ArrayNode calls = Json.MAPPER.createArrayNode();
    for (int i = 0; i < 51; i++) {
      calls.addObject().put("method", TestSpecs.PING);
    }

    var reply = batch(calls.toString());

    assertEquals(400, reply.status());
    assertEquals("ERROR_BATCH_LENGTH_EXCEEDED", reply.json().get("error").asText());
  }

  @Test
  void aBatchInsideABatchIsNotAllowed() throws Exception {
    var reply = batch("[{\"method\":\"batch\",\"query\":{}}]");

    assertEquals(405, reply.status());
    assertEquals("ERROR_BATCH_METHOD_NOT_ALLOWED", reply.json().get("error").asText());
  }

  @Test
  void theOldCmdFormatGetsInvalidSelect() throws Exception {
    var reply = batch("{\"cmd\":{\"a\":\"" + TestSpecs.PING + "\"}}");

    assertEquals(400, reply.status());
    assertEquals(
        "BITRIX_REST_V3_EXCEPTION_INVALIDSELECTEXCEPTION", reply.json().at("/error/code").asText());
  }

  @Test
  void oauthBatchesPassTheTokenInTheQuery() throws Exception {
    FakeBitrix24Portal portal = EXTENSION.portal();
    String body = "[{\"method\":\"" + TestSpecs.PING + "\"}]";

    var withToken = client.post(portal.restApiUrl() + "batch?auth=" + portal.accessToken(), body);
    var without = client.post(portal.restApiUrl() + "batch", body);

    assertEquals(200, withToken.status());
    assertEquals(401, without.status());
  }

  private PortalClient.Reply batch(String body) throws Exception {
    return client.post(EXTENSION.portal().webhookUrl() + "batch", body);
  }
}
