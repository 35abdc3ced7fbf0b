package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Registered records are filtered, ordered, paged and cut down to the select as the portal does. */
class RecordQueryTest {
  private static final List<JsonNode> TASKS = new ArrayList<>();

  static {
    for (int id = 1; id <= 7; id++) {
      TASKS.add(
          tree(
              "{\"id\":" + id + ",\"title\":\"Task " + id + "\",\"position\":" + (100 * (8 - id))
                  + ",\"responsible\":{\"id\":" + (10 + id % 2) + ",\"name\":\"User " + (id % 2)
                  + "\",\"workPosition\":\"Dev\"},\"members\":[{\"id\":1,\"name\":\"A\"},"
                  + "{\"id\":2,\"name\":\"B\"}]}"));
    }
  }

  private static final PagingPlan PAGES =
      new PagingPlan(
          false, "pagination", "items", 3, 2, Optional.empty(), Optional.empty(), List.of(), false);
  private static final PagingPlan CURSORS =
      new PagingPlan(
          true,
          "pagination",
          "items",
          3,
          2,
          Optional.of("afterCursor"),
          Optional.of("nextCursor"),
          List.of("position", "id"),
          false);

  @Test
  void aDottedSelectAnswersANestedObjectWithOnlyTheSelectedRelatedFields() {
    SelectProjection select =
        SelectProjection.of(tree("[\"responsible.name\",\"id\",\"members.id\",\"nope.x\"]"));

    assertEquals(
        tree(
            "{\"id\":1,\"responsible\":{\"name\":\"User 1\"},\"members\":[{\"id\":1},{\"id\":2}]}"),
        select.apply(TASKS.get(0)));
  }

  @Test
  void twoPathsIntoOneRelationShareItsObjectAndNoSelectKeepsTheWholeRecord() {
    assertEquals(
        tree("{\"responsible\":{\"id\":11,\"name\":\"User 1\"}}"),
        SelectProjection.of(tree("[\"responsible.name\",\"responsible.id\"]")).apply(TASKS.get(0)));
    assertEquals(TASKS.get(0), SelectProjection.of(null).apply(TASKS.get(0)));
  }

  @Test
  void theFilterKeepsMatchingRecordsWithEveryOperatorAndOrGroups() {
    assertEquals(List.of(5L, 6L, 7L), ids(filtered("[[\"id\",\">\",4]]")));
    assertEquals(List.of(2L, 3L), ids(filtered("[[\"id\",\"between\",[2,3]]]")));
    assertEquals(List.of(1L, 6L), ids(filtered("[{\"logic\":\"or\",\"conditions\":[[\"id\",[1,6]],"
        + "[\"title\",\"=\",\"nope\"]]}]")));
    assertEquals(List.of(3L), ids(filtered("[[\"id\",3]]")));
    assertEquals(List.of(1L, 2L), ids(filtered("[[\"id\",\"<=\",2],[\"title\",\"!=\",\"x\"]]")));
    assertEquals(List.of(), ids(filtered("[[\"missing\",\"=\",1]]")));
    assertEquals(7, filtered("[[\"missing\",\"!=\",1]]").size());
  }

  @Test
  void pagesByPageAndLimitOrByOffsetWithinTheMaxLimit() {
    assertEquals(List.of(4L, 5L, 6L), ids(page(PAGES, "{\"pagination\":{\"page\":2,\"limit\":3}}")));
    assertEquals(List.of(3L, 4L), ids(page(PAGES, "{\"pagination\":{\"offset\":2}}")));
    assertEquals(
        List.of(1L, 2L, 3L),
        ids(page(PAGES, "{\"pagination\":{\"limit\":1000}}")),
        "a limit above maxLimit gets maxLimit records");
    assertEquals(List.of(1L, 2L), ids(page(PAGES, "{}")), "defaultLimit");
    assertEquals(List.of(), ids(page(PAGES, "{\"pagination\":{\"page\":9,\"limit\":3}}")));
  }

  @Test
  void pagesByCursorUntilTheLastPageWhichHasNoNextCursor() {
    JsonNode first = page(CURSORS, "{\"pagination\":{\"limit\":3}}");
    assertEquals(List.of(1L, 2L, 3L), ids(first));
    assertEquals(tree("{\"position\":500,\"id\":3}"), first.get("nextCursor"));

    JsonNode second =
        page(CURSORS, "{\"pagination\":{\"limit\":3,\"afterCursor\":" + first.get("nextCursor") + "}}");
    assertEquals(List.of(4L, 5L, 6L), ids(second));

    JsonNode last =
        page(CURSORS, "{\"pagination\":{\"limit\":3,\"afterCursor\":" + second.get("nextCursor") + "}}");
    assertEquals(List.of(7L), ids(last));
    assertTrue(last.get("nextCursor").isNull(), last.toString());
  }

  @Test
  void aScalarCursorIsThePositionOfTheNextRecord() {
    PagingPlan text =
        new PagingPlan(
            true, "pagination", "items", 50, 4, Optional.of("cursor"), Optional.of("next"),
            List.of(), true);
    JsonNode first = page(text, "{}");
    assertEquals(tree("\"4\""), first.get("next"));
    assertEquals(List.of(5L, 6L, 7L), ids(page(text, "{\"pagination\":{\"cursor\":\"4\"}}")));
  }

  @Test
  void anOrderSortsBeforePagingAndTheSelectCutsEachRecordOfThePage() {
    JsonNode body =
        tree("{\"order\":{\"id\":\"DESC\"},\"select\":[\"id\",\"responsible.name\"],"
            + "\"pagination\":{\"limit\":2}}");

    JsonNode result = RecordAnswer.answer(TestSpecs.listMethod(), Optional.of(PAGES), body, TASKS);

    assertEquals(
        tree("{\"items\":[{\"id\":7,\"responsible\":{\"name\":\"User 1\"}},"
            + "{\"id\":6,\"responsible\":{\"name\":\"User 0\"}}]}"),
        result);
    assertTrue(TASKS.get(6).has("title"), "the registered records are not changed");
  }

  private static List<JsonNode> filtered(String filter) {
    JsonNode result =
        RecordAnswer.answer(
            TestSpecs.listMethod(), Optional.empty(), tree("{\"filter\":" + filter + "}"), TASKS);
    List<JsonNode> records = new ArrayList<>();
    result.forEach(records::add);
    return records;
  }

  private static JsonNode page(PagingPlan plan, String body) {
    return RecordPages.page(plan, tree(body), TASKS, SelectProjection.of(null));
  }

  private static List<Long> ids(JsonNode result) {
    List<Long> ids = new ArrayList<>();
    (result.isArray() ? result : result.path("items")).forEach(r -> ids.add(r.path("id").asLong()));
    return ids;
  }

  private static List<Long> ids(List<JsonNode> records) {
    return records.stream().map(r -> r.path("id").asLong()).toList();
  }

  private static JsonNode tree(String json) {
    return Json.parse(json).orElseThrow(() -> new IllegalArgumentException(json));
  }
}
