package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.api.common.SortDirection;
import io.b24rest.api.errors.AccessDeniedException;
import io.b24rest.api.tasks.Task;
import io.b24rest.api.tasks.TaskApi;
import io.b24rest.api.tasks.TaskListRequest;
import io.b24rest.core.paging.ListOptions;
import io.b24rest.core.paging.ListStats;
import io.b24rest.core.paging.ListStrategy;
import io.b24rest.runtime.Bitrix24Client;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The generated {@code listAll} reading large synthetic lists of the testkit in bulk: REST 3.0
 * batches of the method's largest page, by id where the spec allows, paced by the leaky bucket,
 * kept under the operating limit.
 */
@ExtendWith(FakeBitrix24PortalExtension.class)
class BulkReadTest {
  private static final String TASKS = "tasks.task.list";
  private static final TaskListRequest ID_AND_TITLE =
      TaskListRequest.builder().select(List.of("id", "title")).build();

  @Test
  void aHundredThousandTasksArriveOnceEachInOrderInAFewRequestsWithoutA503OrA429() {
    try (FakeBitrix24Portal portal =
            FakeBitrix24Portal.builder().rateLimit(50, 2).operatingLimit(Duration.ofSeconds(480)).start();
        Bitrix24Client client = Bitrix24Client.webhook(portal.webhookUrl()).build()) {
      portal.on(TASKS).respondWithRecords(100_000, id -> Map.of("title", "Task " + id, "status", 2));

      Iterator<Task> tasks = client.api(TaskApi.class).listAll(ID_AND_TITLE).iterator();
      long expected = 1;
      while (tasks.hasNext()) {
        Task task = tasks.next();
        assertEquals(expected, task.id(), "the records come in id order, none twice, none left out");
        assertEquals("Task " + expected, task.title());
        expected++;
      }

      assertEquals(100_001, expected);
      assertTrue(portal.requestCount() <= 5, portal.requestCount() + " requests");
      assertEquals(0, portal.answerCount(503));
      assertEquals(0, portal.answerCount(429));
      // The spec declares paging.keyset for tasks.task.list: the batches continue after the last id.
      JsonNode lastBatch = portal.lastRequest().json().orElseThrow();
      assertEquals("batch", portal.lastRequest().methodName().orElseThrow());
      JsonNode query = lastBatch.get(0).path("query");
      assertEquals("[[\"id\",\">\",51000]]", query.path("filter").toString());
      assertEquals("{\"id\":\"ASC\"}", query.path("order").toString());
      assertEquals(1000, query.path("pagination").path("limit").asInt());
    }
  }

  @Test
  void everyStrategyReadsTheSameRecordsAndReportsItsRequests(FakeBitrix24Portal portal) {
    try (Bitrix24Client client = portal.clientBuilder().build()) {
      TaskApi api = client.api(TaskApi.class);
      for (ListStrategy strategy : ListStrategy.values()) {
        portal.reset();
        portal.on(TASKS).respondWithRecords(2_345, id -> Map.of("title", "Task " + id));
        AtomicReference<ListStats> last = new AtomicReference<>();
        List<Long> ids =
            api.listAll(ID_AND_TITLE, ListOptions.defaults().strategy(strategy).pageSize(100).progress(last::set))
                .map(Task::id)
                .toList();

        assertEquals(2_345, ids.size(), strategy.name());
        for (int i = 0; i < ids.size(); i++) {
          assertEquals(i + 1L, ids.get(i), strategy.name());
        }
        assertEquals(portal.requestCount(), last.get().requests(), strategy.name());
        assertEquals(2_345, last.get().records(), strategy.name());
        // 24 pages of 100: one request each, or a first single page and then batches of 50.
        assertEquals(strategy.batched() ? 2 : 24, portal.requestCount(), strategy.name());
      }
    }
  }

  @Test
  void aFailedCallInsideABatchFailsTheStreamWithItsTypedException(FakeBitrix24Portal portal) {
    try (Bitrix24Client client = portal.clientBuilder().build()) {
      portal.on(TASKS).respondWithRecords(1_000, id -> Map.of("title", "Task " + id));
      portal.on(TASKS)
          .withParam("pagination", Map.of("page", 5, "limit", 10))
          .respondError(403, "BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION", "Access denied");

      Iterator<Task> tasks =
          client.api(TaskApi.class)
              .listAll(ID_AND_TITLE, ListOptions.defaults().strategy(ListStrategy.BATCHED_PAGES).pageSize(10))
              .iterator();
      List<Long> seen = new ArrayList<>();
      RuntimeException failure =
          assertThrows(RuntimeException.class, () -> tasks.forEachRemaining(t -> seen.add(t.id())));

      assertInstanceOf(AccessDeniedException.class, failure);
      // Page 1 came alone; the batch holding page 5 failed as a whole: nothing after page 1.
      assertEquals(10, seen.size());
      assertEquals("batch", portal.lastRequest().methodName().orElseThrow());
    }
  }

  @Test
  void aRequestThatCannotBeReadByIdIsReadByPagesOrRejectedForKeyset(FakeBitrix24Portal portal) {
    try (Bitrix24Client client = portal.clientBuilder().build()) {
      portal.on(TASKS).respondWithRecords(150, id -> Map.of("title", "Task " + id));
      TaskApi api = client.api(TaskApi.class);
      TaskListRequest newestFirst = ID_AND_TITLE.withOrder(Map.of("id", SortDirection.DESC));

      List<Long> ids = api.listAll(newestFirst).map(Task::id).toList();

      assertEquals(150, ids.size());
      assertEquals(150L, ids.get(0));
      assertEquals(1L, ids.get(149));
      JsonNode body = portal.lastRequest().json().orElseThrow();
      assertTrue(body.path("filter").isMissingNode(), "read by pages, no id filter: " + body);
      assertThrows(
          IllegalArgumentException.class,
          () -> api.listAll(newestFirst, ListOptions.defaults().strategy(ListStrategy.KEYSET)));
      assertThrows(
          IllegalArgumentException.class,
          () -> api.listAll(ID_AND_TITLE, ListOptions.defaults().pageSize(1001)));
    }
  }

  @Test
  void theWalkSlowsDownBeforeTheOperatingBudgetRunsOut() {
    // Each call costs 0.1 s of the method's budget of 4 s, which counts for 2 s: 60 pages cost
    // 6 s, so the walk must wait for baskets to reset, and must not run into a 429.
    try (FakeBitrix24Portal portal =
            FakeBitrix24Portal.builder()
                .operatingLimit(Duration.ofSeconds(4), Duration.ofMillis(100), Duration.ofSeconds(2))
                .start();
        Bitrix24Client client = portal.clientBuilder().build()) {
      portal.on(TASKS).respondWithRecords(6_000, id -> Map.of("title", "Task " + id));
      AtomicReference<ListStats> last = new AtomicReference<>();

      long count =
          client.api(TaskApi.class)
              .listAll(
                  ID_AND_TITLE,
                  ListOptions.defaults()
                      .pageSize(100)
                      .operatingBudget(Duration.ofSeconds(4), 0.8)
                      .progress(last::set))
              .count();

      assertEquals(6_000, count);
      assertEquals(0, portal.answerCount(429));
      assertTrue(last.get().waitedForBudget().toMillis() > 0, last.get().toString());
    }
  }

  @Test
  void aWalkThatRunsIntoTheOperatingLimitResumesAfterItsReset() {
    // The walk believes in a budget of 480 s; the portal refuses after 2 s, counted for 1 s.
    try (FakeBitrix24Portal portal =
            FakeBitrix24Portal.builder()
                .operatingLimit(Duration.ofSeconds(2), Duration.ofMillis(100), Duration.ofSeconds(1))
                .start();
        Bitrix24Client client = portal.clientBuilder().build()) {
      portal.on(TASKS).respondWithRecords(4_000, id -> Map.of("title", "Task " + id));

      List<Long> ids =
          client.api(TaskApi.class)
              .listAll(ID_AND_TITLE, ListOptions.defaults().pageSize(100))
              .map(Task::id)
              .toList();

      assertEquals(4_000, ids.size());
      assertEquals(4_000L, ids.get(ids.size() - 1));
      assertEquals(4_000, ids.stream().distinct().count());
      assertTrue(portal.answerCount(429) > 0, "the walk ran into the limit");
    }
  }
}
