package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Registered records served over HTTP, paged as each method's {@code paging} spec says. */
class RecordsTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension EXTENSION =
      new FakeBitrix24PortalExtension(FakeBitrix24Portal.builder().spec(TestSpecs.model()));

  private final PortalClient client = new PortalClient();

  private static List<Map<String, Object>> records() {
    List<Map<String, Object>> records = new ArrayList<>();
    for (int id = 1; id <= 7; id++) {
      records.add(
          Map.of(
              "id", id,
              "position", 10 * id,
              "title", "Record " + id,
              "responsible", Map.of("id", 100 + id, "name", "User " + id)));
    }
    return records;
  }

  @Test
  void aPageStyleListAnswersThePageAskedForWithTheSelectedRelatedFields() throws Exception {
    var reply =
        withRecords(
            TestSpecs.RECORD_LIST,
            "{\"select\":[\"id\",\"responsible.name\"],\"filter\":[[\"id\",\">\",1]],"
                + "\"order\":{\"id\":\"DESC\"},\"pagination\":{\"page\":2,\"limit\":2}}");

    assertEquals(200, reply.status(), reply.body());
    assertEquals(
        Json.parse(
                "{\"items\":[{\"id\":5,\"responsible\":{\"name\":\"User 5\"}},"
                    + "{\"id\":4,\"responsible\":{\"name\":\"User 4\"}}]}")
            .orElseThrow(),
        reply.json().get("result"));
  }

  @Test
  void aLimitAboveTheMethodsMaxLimitGetsMaxLimitRecords() throws Exception {
    var reply = withRecords(TestSpecs.RECORD_LIST, "{\"pagination\":{\"limit\":1000}}");

    assertEquals(3, reply.json().path("result").path("items").size(), reply.body());
  }

  @Test
  void aCursorStyleListIsWalkedByItsNextCursorsToTheLastPage() throws Exception {
    FakeBitrix24Portal portal = EXTENSION.portal();
    portal.on(TestSpecs.CURSOR_LIST).respondWithRecords(records());
    List<Integer> ids = new ArrayList<>();
    String pagination = "{\"limit\":3}";
    JsonNode result;
    int pages = 0;
    do {
      var reply =
          client.post(
              portal.webhookUrl() + TestSpecs.CURSOR_LIST,
              "{\"select\":[\"id\"],\"pagination\":" + pagination + "}");
      assertEquals(200, reply.status(), reply.body());
      result = reply.json().get("result");
      result.get("items").forEach(item -> ids.add(item.get("id").asInt()));
      pagination = "{\"limit\":3,\"afterCursor\":" + result.get("nextCursor") + "}";
      pages++;
    } while (!result.get("nextCursor").isNull() && pages < 10);

    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), ids);
    assertEquals(3, pages);
    assertEquals(
        "{\"limit\":3,\"afterCursor\":{\"position\":60,\"id\":6}}",
        portal.requests(TestSpecs.CURSOR_LIST).get(2).json().orElseThrow().get("pagination").toString(),
        "the cursor holds the cursor type's fields of the page's last record");
  }

  @Test
  void theCursorIsValidatedAsItsTypeSaysBeforeAnyRecordIsServed() throws Exception {
    var reply =
        withRecords(
            TestSpecs.CURSOR_LIST,
            "{\"pagination\":{\"afterCursor\":{\"position\":\"x\",\"id\":1}}}");

    assertEquals(400, reply.status(), reply.body());
    assertEquals(
        "pagination.afterCursor.position",
        reply.json().path("error").path("validation").path(0).path("field").asText());
  }

  /** Registers {@link #records()} for {@code method} and posts {@code body} to it. */
  private PortalClient.Reply withRecords(String method, String body) throws Exception {
    FakeBitrix24Portal portal = EXTENSION.portal();
    portal.on(method).respondWithRecords(records());
    return client.post(portal.webhookUrl() + method, body);
  }

  @Test
  void aMethodThatNeitherPagesNorAnswersAnArrayHasNoRecordsToServe() {
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () -> EXTENSION.portal().on(TestSpecs.PING).respondWithRecords(records()));

    assertTrue(thrown.getMessage().contains("respond(...)"), thrown.getMessage());
  }
}
