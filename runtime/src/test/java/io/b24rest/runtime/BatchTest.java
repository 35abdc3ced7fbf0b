package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.b24rest.api.errors.BatchLengthExceededException;
import io.b24rest.api.errors.EntityNotFoundException;
import io.b24rest.api.errors.WebhookInsufficientScopeException;
import io.b24rest.api.humanresources.Node;
import io.b24rest.api.humanresources.NodeAddRequest;
import io.b24rest.api.humanresources.NodeCountRequest;
import io.b24rest.api.humanresources.NodeCountResult;
import io.b24rest.api.humanresources.NodeGetRequest;
import io.b24rest.api.humanresources.NodeGetResult;
import io.b24rest.api.humanresources.NodeType;
import io.b24rest.core.Bitrix24ProtocolException;
import io.b24rest.core.Bitrix24Request;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Recorded;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NODE_1 =
      "{\"item\":{\"id\":1,\"name\":\"Sales\",\"type\":\"DEPARTMENT\",\"parentId\":null}}";
  private static final String COUNT = "{\"departments\":12,\"teams\":3}";
  private static final String NOT_FOUND =
      "{\"error\":{\"code\":\"BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION\","
          + "\"message\":\"Object with identifier `99` not found\"}}";
  private static final String FLAT_SCOPE =
      "{\"error\":\"insufficient_scope\",\"error_description\":\"The request requires higher"
          + " privileges\"}";

  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();

  @Test
  void sendsOneArrayOfMethodAndQueryAndTypesEveryResult() throws Exception {
    fake.portal().enqueue(FakePortal.ok("[" + NODE_1 + "," + COUNT + "]"));
    Bitrix24Client client = webhookClient();
    Bitrix24Batch batch = client.batch();
    BatchCall<NodeGetResult> node = batch.add(NodeGetRequest.builder().id(1L).build());
    BatchCall<NodeCountResult> count = batch.add(NodeCountRequest.builder().build());
    assertEquals(2, batch.size());

    batch.execute();

    assertEquals("Sales", node.result().item().name());
    assertEquals(NodeType.DEPARTMENT, node.result().item().type());
    assertEquals(12L, count.result().departments());
    assertTrue(node.failure().isEmpty());
    Recorded sent = fake.portal().received().get(0);
    assertEquals("POST", sent.method());
    assertEquals("/rest/api/1/" + FakePortal.SECRET + "/batch", sent.path());
    assertEquals(
        JSON.readTree(
            "[{\"method\":\"humanresources.node.get\",\"query\":{\"id\":1}},"
                + "{\"method\":\"humanresources.node.count\",\"query\":{}}]"),
        JSON.readTree(sent.body()));
    assertNull(sent.header("Idempotency-Key"), "a batch of reads needs no key");
    assertTrue(
        client.lastResponseTime("batch").isPresent(), "the time block is kept as for any call");
  }

  @Test
  void aFailedCallThrowsItsTypedExceptionWhileTheOthersKeepTheirResults() {
    fake.portal()
        .enqueue(
            FakePortal.ok("[" + NODE_1 + "," + NOT_FOUND + "," + COUNT + "," + FLAT_SCOPE + "]"));
    Bitrix24Batch batch = webhookClient().batch();
    BatchCall<NodeGetResult> found = batch.add(NodeGetRequest.builder().id(1L).build());
    BatchCall<NodeGetResult> missing = batch.add(NodeGetRequest.builder().id(99L).build());
    BatchCall<NodeCountResult> count = batch.add(NodeCountRequest.builder().build());
    BatchCall<NodeCountResult> denied = batch.add(NodeCountRequest.builder().build());

    batch.execute();

    assertEquals(1L, found.result().item().id());
    assertEquals(3L, count.result().teams());
    EntityNotFoundException notFound = assertThrows(EntityNotFoundException.class, missing::result);
    assertEquals("humanresources.node.get", notFound.method());
    assertEquals("Object with identifier `99` not found", notFound.error().message());
    assertEquals(notFound, missing.failure().orElseThrow());
    WebhookInsufficientScopeException scope =
        assertThrows(WebhookInsufficientScopeException.class, denied::result);
    assertEquals("The request requires higher privileges", scope.error().message());
  }

  @Test
  void aCallWithoutAnAnswerElementOrOfTheWrongShapeGetsAProtocolException() {
    fake.portal().enqueue(FakePortal.ok("[{\"item\":[1,2]}]"));
    Bitrix24Batch batch = webhookClient().batch();
    BatchCall<NodeGetResult> wrongShape = batch.add(NodeGetRequest.builder().id(1L).build());
    BatchCall<NodeGetResult> unanswered = batch.add(NodeGetRequest.builder().id(2L).build());

    batch.execute();

    assertInstanceOf(Bitrix24ProtocolException.class, wrongShape.failure().orElseThrow());
    Bitrix24ProtocolException none =
        assertThrows(Bitrix24ProtocolException.class, unanswered::result);
    assertTrue(none.getMessage().contains("no result for this call"), none.getMessage());
  }

  @Test
  void moreThanFiftyCallsAreRejectedBeforeAnyRequest() {
    Bitrix24Batch batch = webhookClient().batch();
    for (int i = 0; i < Bitrix24Batch.MAX_CALLS; i++) {
      batch.add(NodeGetRequest.builder().id((long) i).build());
    }
    IllegalArgumentException tooMany =
        assertThrows(
            IllegalArgumentException.class,
            () -> batch.add(NodeGetRequest.builder().id(51L).build()));
    assertTrue(tooMany.getMessage().contains("at most 50"), tooMany.getMessage());
    assertEquals(50, batch.size());
    assertEquals(0, fake.portal().received().size());
  }

  @Test
  void aWriteBatchCarriesOneIdempotencyKeyAcrossItsRetries() {
    fake.portal()
        .enqueue(
            Reply.drop(),
            FakePortal.ok("[{\"id\":5,\"name\":\"Sales\",\"type\":\"DEPARTMENT\"}," + COUNT + "]"));
    Bitrix24Batch batch = webhookClient().batch();
    BatchCall<Node> added =
        batch.add(
            NodeAddRequest.builder().type(NodeType.DEPARTMENT).name("Sales").parentId(1L).build());
    batch.add(NodeCountRequest.builder().build());

    batch.execute();

    assertEquals(5L, added.result().id());
    List<Recorded> attempts = fake.portal().received();
    assertEquals(2, attempts.size(), "the dropped write batch is retried under its key");
    String key = attempts.get(0).header("Idempotency-Key");
    assertNotNull(key);
    assertEquals(key, attempts.get(1).header("Idempotency-Key"));
  }

  @Test
  void aMethodTheSpecsDoNotKnowCountsAsAWrite() {
    fake.portal().enqueue(FakePortal.ok("[{\"done\":true}]"));
    Bitrix24Batch batch = webhookClient().batch();
    BatchCall<JsonNode> custom =
        batch.add(
            new Bitrix24Request<JsonNode>() {
              @Override
              public String methodName() {
                return "custom.thing.touch";
              }

              @Override
              public Class<JsonNode> resultType() {
                return JsonNode.class;
              }
            });

    batch.execute();

    assertTrue(custom.result().path("done").asBoolean());
    assertNotNull(
        fake.portal().received().get(0).header("Idempotency-Key"),
        "an unknown method may write, so its batch must not run twice");
  }

  @Test
  void aBatchOfAKeyedViewCarriesTheCallersKey() {
    fake.portal().enqueue(FakePortal.ok("[{\"id\":5}]"));
    Bitrix24Batch batch = webhookClient().withIdempotencyKey("import-42").batch();
    batch.add(NodeAddRequest.builder().type(NodeType.TEAM).name("Core").parentId(1L).build());
    batch.execute();
    assertEquals("import-42", fake.portal().received().get(0).header("Idempotency-Key"));
  }

  @Test
  void anErrorAnswerToTheWholeBatchIsThrownByExecute() {
    fake.portal()
        .enqueue(
            Reply.json(
                400,
                "{\"error\":{\"code\":\"ERROR_BATCH_LENGTH_EXCEEDED\",\"message\":\"Max batch"
                    + " length exceeded\"}}"));
    Bitrix24Batch batch = webhookClient().batch();
    BatchCall<NodeGetResult> call = batch.add(NodeGetRequest.builder().id(1L).build());

    BatchLengthExceededException e =
        assertThrows(BatchLengthExceededException.class, batch::execute);
    assertEquals("batch", e.method());
    assertThrows(IllegalStateException.class, call::result);
  }

  @Test
  void oauthPutsTheTokenInTheQueryAndKeepsTheBodyAnArray() throws Exception {
    String token = "acc3ssT0kenBatch";
    fake.portal().enqueue(FakePortal.ok("[" + COUNT + "]"));
    Bitrix24Batch batch =
        Bitrix24Client.oauth(fake.portal().origin(), OAuthTokens.of(token, null))
            .rateLimit(RateLimit.off())
            .readTimeout(Duration.ofSeconds(5))
            .build()
            .batch();
    BatchCall<NodeCountResult> count = batch.add(NodeCountRequest.builder().build());

    batch.execute();

    assertEquals(12L, count.result().departments());
    Recorded sent = fake.portal().received().get(0);
    assertEquals("/rest/api/batch", sent.path());
    assertEquals("auth=" + token, sent.query());
    JsonNode body = JSON.readTree(sent.body());
    assertTrue(body.isArray());
    assertEquals(1, body.size());
  }

  @Test
  void misuseGetsClearAnswers() {
    Bitrix24Batch batch = webhookClient().batch();
    assertThrows(IllegalArgumentException.class, () -> batch.add(null));
    assertThrows(IllegalStateException.class, batch::execute, "an empty batch");
    BatchCall<NodeCountResult> count = batch.add(NodeCountRequest.builder().build());
    assertThrows(IllegalStateException.class, count::result, "before execute()");
    fake.portal().enqueue(FakePortal.ok("[" + COUNT + "]"));
    batch.execute();
    assertThrows(IllegalStateException.class, batch::execute, "a second run");
    assertThrows(IllegalStateException.class, () -> batch.add(NodeCountRequest.builder().build()));
    assertEquals(1, fake.portal().received().size());
  }

  private Bitrix24Client webhookClient() {
    return Bitrix24Client.webhook(fake.portal().webhookUrl())
        .rateLimit(RateLimit.off())
        .retryPolicy(TestClients.FAST_RETRIES)
        .readTimeout(Duration.ofSeconds(5))
        .build();
  }
}
