package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.testsupport.JsonTrees;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The documented example by default, registered data when a test gives it; always a time block. */
class AnswerTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension EXTENSION =
      new FakeBitrix24PortalExtension(
          FakeBitrix24Portal.builder().spec(TestSpecs.model()).zone(ZoneId.of("+02:00")));

  private final PortalClient client = new PortalClient();

  @Test
  void byDefaultTheResultIsTheSpecsDocumented200Example() throws Exception {
    var reply = call(TestSpecs.SEED, "{\"id\":15}");

    assertEquals(200, reply.status());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
    assertEquals(TestSpecs.seedExample(200).get("result"), reply.json().get("result"));
    assertEquals(List.of("result", "time"), JsonTrees.memberNames(reply.json()));
  }

  @Test
  void theTimeBlockIsFreshAndComplete() throws Exception {
    Instant before = Instant.now();
    var reply = call(TestSpecs.SEED, "{\"id\":15}");
    Instant after = Instant.now();

    JsonNode time = reply.json().get("time");
    assertEquals(
        List.of(
            "start",
            "finish",
            "duration",
            "processing",
            "date_start",
            "date_finish",
            "operating_reset_at",
            "operating"),
        JsonTrees.memberNames(time));
    double start = time.get("start").asDouble();
    double finish = time.get("finish").asDouble();
    assertTrue(
        start >= before.getEpochSecond() && finish <= after.getEpochSecond() + 1, time.toString());
    assertTrue(finish >= start, time.toString());
    assertEquals(finish - start, time.get("duration").asDouble(), 1e-5);
    assertTrue(time.get("processing").asDouble() >= 0, time.toString());
    OffsetDateTime dateStart = OffsetDateTime.parse(time.get("date_start").asText());
    assertEquals("+02:00", dateStart.getOffset().getId());
    assertTrue(
        time.get("date_start")
            .asText()
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+02:00"));
    assertEquals((long) start, dateStart.toEpochSecond());
    assertTrue(time.get("operating_reset_at").isIntegralNumber());
    // Ten minutes after the first call of the method, as on the portal.
    assertEquals((long) start + 600, time.get("operating_reset_at").asLong(), 1);
    assertTrue(time.get("operating").asDouble() >= 0);
  }

  @Test
  void registeredDataIsAnsweredForMatchingParams() throws Exception {
    EXTENSION
        .portal()
        .on(TestSpecs.SEED)
        .withParams(Map.of("id", 15))
        .respond("{\"chats\":[],\"chatsNoAccess\":3}");

    var matching = call(TestSpecs.SEED, "{\"id\":15}");
    var other = call(TestSpecs.SEED, "{\"id\":16}");

    assertEquals(
        Json.parse("{\"chats\":[],\"chatsNoAccess\":3}").orElseThrow(),
        matching.json().get("result"));
    assertTrue(matching.json().get("time").has("operating"));
    assertEquals(TestSpecs.seedExample(200).get("result"), other.json().get("result"));
  }

  @Test
  void paramsMatchAsASubsetAndTheLastMatchingRegistrationWins() throws Exception {
    FakeBitrix24Portal portal = EXTENSION.portal();
    portal.on(TestSpecs.TYPES).respond(Map.of("which", "any call"));
    portal.on(TestSpecs.TYPES).withParam("name", "x").respond(Map.of("which", "name x"));
    portal
        .on(TestSpecs.TYPES)
        .withParam("id", 1L)
        .withParam("name", "x")
        .respond(Map.of("which", "id 1, name x"));

    assertEquals(
        "id 1, name x", result(call(TestSpecs.TYPES, "{\"id\":1,\"name\":\"x\",\"active\":true}")));
    assertEquals("name x", result(call(TestSpecs.TYPES, "{\"id\":2,\"name\":\"x\"}")));
    assertEquals("any call", result(call(TestSpecs.TYPES, "{\"id\":2}")));
    portal.on(TestSpecs.TYPES).respond(Map.of("which", "newest"));
    assertEquals("newest", result(call(TestSpecs.TYPES, "{\"id\":1,\"name\":\"x\"}")));
  }

  @Test
  void objectsAreWrittenAsJson() throws Exception {
    record Item(long id, String title) {}
    EXTENSION.portal().on(TestSpecs.ADD).respond(Map.of("item", new Item(7, "Report")));

    var reply = call(TestSpecs.ADD, "{\"fields\":{\"title\":\"Report\"}}");

    assertEquals(
        Json.parse("{\"item\":{\"id\":7,\"title\":\"Report\"}}").orElseThrow(),
        reply.json().get("result"));
  }

  @Test
  void aRegisteredErrorHasTheRest3Shape() throws Exception {
    EXTENSION
        .portal()
        .on(TestSpecs.SEED)
        .withParam("id", 999)
        .respondError(
            400,
            "BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION",
            "Record with ID = `999` not found");

    var reply = call(TestSpecs.SEED, "{\"id\":999}");

    assertEquals(400, reply.status());
    assertEquals(
        Json.parse(
                "{\"error\":{\"code\":\"BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION\","
                    + "\"message\":\"Record with ID = `999` not found\"}}")
            .orElseThrow(),
        reply.json());
  }

  @Test
  void aRawAnswerIsSentAsGiven() throws Exception {
    EXTENSION.portal().on(TestSpecs.PING).respondRaw(200, "text/plain", "pong");

    var reply = call(TestSpecs.PING, "{}");

    assertEquals(200, reply.status());
    assertEquals("text/plain", reply.contentType());
    assertEquals("pong", reply.body());
  }

  @Test
  void registeredDataDoesNotSkipValidation() throws Exception {
    EXTENSION.portal().on(TestSpecs.SEED).respond("{}");

    assertEquals(400, call(TestSpecs.SEED, "{\"id\":\"x\"}").status());
  }

  @Test
  void badRegistrationsFailClearly() {
    FakeBitrix24Portal portal = EXTENSION.portal();
    var notJson =
        assertThrows(
            IllegalArgumentException.class, () -> portal.on(TestSpecs.SEED).respond("{oops"));
    assertEquals("not valid JSON text: {oops", notJson.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> portal.on(TestSpecs.SEED).respondError(99, "X", "y"));
  }

  @Test
  void resetForgetsRegisteredData() throws Exception {
    EXTENSION.portal().on(TestSpecs.SEED).respond("{\"x\":1}");
    EXTENSION.portal().reset();

    assertEquals(
        TestSpecs.seedExample(200).get("result"),
        call(TestSpecs.SEED, "{\"id\":15}").json().get("result"));
  }

  private PortalClient.Reply call(String method, String body) throws Exception {
    return client.post(EXTENSION.portal().webhookUrl() + method, body);
  }

  private static String result(PortalClient.Reply reply) {
    assertEquals(200, reply.status(), reply.body());
    return reply.json().at("/result/which").asText();
  }
}
