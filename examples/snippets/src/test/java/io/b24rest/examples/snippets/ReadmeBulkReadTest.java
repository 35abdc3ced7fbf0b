package io.b24rest.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

// tag::readme-bulk[]
import io.b24rest.api.tasks.Task;
import io.b24rest.api.tasks.TaskApi;
import io.b24rest.api.tasks.TaskListRequest;
import io.b24rest.core.paging.ListOptions;
import io.b24rest.core.paging.ListStrategy;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

// end::readme-bulk[]
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The README's bulk-read snippet and the testkit README's synthetic data set. */
class ReadmeBulkReadTest {
  private static final Logger log = LoggerFactory.getLogger(ReadmeBulkReadTest.class);

  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  @Test
  void readsTenThousandTasksInAFewRequests(FakeBitrix24Portal portal) {
    // tag::testkit-records-synthetic[]
    portal.on("tasks.task.list").respondWithRecords(10_000, id -> Map.of("title", "Task " + id));
    // end::testkit-records-synthetic[]
    Bitrix24Client client = portal.clientBuilder().build();
    TaskApi tasks = client.api(TaskApi.class);
    // tag::readme-bulk[]
    Stream<Task> all = tasks.listAll(
        TaskListRequest.builder().select(List.of("id", "title")).build(),
        ListOptions.defaults()
            .strategy(ListStrategy.BATCHED_PAGES)    // PAGES, KEYSET, BATCHED_PAGES, BATCHED_KEYSET
            .operatingBudget(Duration.ofSeconds(480), 0.8)
            .progress(stats -> log.info("{} records, {} requests", stats.records(), stats.requests())));
    // end::readme-bulk[]
    List<Long> ids = all.map(Task::id).toList();
    assertEquals(10_000, ids.size());
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(i + 1L, ids.get(i), "in order, no gap, no duplicate");
    }
    assertTrue(portal.requestCount() <= 3, "one page, then batches of up to 50 pages of 1000");
  }
}
