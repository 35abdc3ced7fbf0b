package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** rest-v3.md, "Repeated calls without duplicates". */
class IdempotencyTest {
  private static final String BODY = "{\"fields\":{\"title\":\"Report\"}}";

  @RegisterExtension
  static final FakeBitrix24PortalExtension EXTENSION =
      new FakeBitrix24PortalExtension(FakeBitrix24Portal.builder().spec(TestSpecs.model()));

  private final PortalClient client = new PortalClient();

  @Test
  void theSameCallUnderTheSameKeyGetsTheStoredAnswerReplayed() throws Exception {
    EXTENSION.portal().on(TestSpecs.ADD).respond("{\"item\":{\"id\":1}}");
    var first = add(BODY, "key-1");
    EXTENSION.portal().on(TestSpecs.ADD).respond("{\"item\":{\"id\":2}}");
    var repeat = add(BODY, "key-1");
    var otherKey = add(BODY, "key-2");

    assertEquals("key-1", first.raw().headers().firstValue("Idempotency-Key").orElseThrow());
    assertTrue(first.raw().headers().firstValue("Idempotent-Replayed").isEmpty());
    assertEquals(first.body(), repeat.body(), "the stored answer, time block included");
    assertEquals("true", repeat.raw().headers().firstValue("Idempotent-Replayed").orElseThrow());
    assertEquals(2, otherKey.json().at("/result/item/id").asInt());
  }

  @Test
  void anotherBodyUnderAUsedKeyGets422() throws Exception {
    add(BODY, "key-1");

    var reply = add("{\"fields\":{\"title\":\"Other\"}}", "key-1");

    assertEquals(422, reply.status());
    assertEquals(
        "BITRIX_REST_V3_EXCEPTION_IDEMPOTENCYKEYREUSEDEXCEPTION",
        reply.json().at("/error/code").asText());
  }

  @Test
  void aKeyOutsidePrintableAsciiGets400() throws Exception {
    var reply = add(BODY, "x".repeat(256));

    assertEquals(400, reply.status());
    assertEquals(
        "BITRIX_REST_V3_EXCEPTION_INVALIDIDEMPOTENCYKEYEXCEPTION",
        reply.json().at("/error/code").asText());
  }

  @Test
  void aFailedCallIsNotStored() throws Exception {
    var invalid = add("{\"fields\":{}}", "key-1");
    var valid = add(BODY, "key-1");

    assertEquals(400, invalid.status());
    assertEquals(200, valid.status(), "the key is free again after an error");
  }

  @Test
  void readMethodsIgnoreTheKey() throws Exception {
    String url = EXTENSION.portal().webhookUrl() + TestSpecs.SEED;
    client.post(url, "{\"id\":15}", Map.of("Idempotency-Key", "k"));

    var reply = client.post(url, "{\"id\":16}", Map.of("Idempotency-Key", "k"));

    assertEquals(200, reply.status());
    assertTrue(reply.raw().headers().firstValue("Idempotent-Replayed").isEmpty());
  }

  private PortalClient.Reply add(String body, String key) throws Exception {
    return client.post(
        EXTENSION.portal().webhookUrl() + TestSpecs.ADD, body, Map.of("Idempotency-Key", key));
  }
}
