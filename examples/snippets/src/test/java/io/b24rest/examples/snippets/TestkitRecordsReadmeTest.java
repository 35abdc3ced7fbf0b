package io.b24rest.examples.snippets;

// tag::testkit-records[]
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.b24rest.api.common.Pagination;
import io.b24rest.api.tasks.Task;
import io.b24rest.api.tasks.TaskApi;
import io.b24rest.api.tasks.TaskListRequest;
import io.b24rest.core.filter.Condition;
import io.b24rest.core.filter.Filter;
import java.util.List;
import java.util.Map;

// end::testkit-records[]
import static org.junit.jupiter.api.Assertions.assertNull;

import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The testkit README's records snippet: a list answered from data, filtered, cut and paged. */
class TestkitRecordsReadmeTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  @Test
  void answersAListFromRecords(FakeBitrix24Portal portal) {
    Bitrix24Client client = portal.clientBuilder().build();
    // tag::testkit-records[]
    portal.on("tasks.task.list").respondWithRecords(List.of(
        Map.of("id", 1, "title", "First", "responsible", Map.of("id", 7, "name", "Ann")),
        Map.of("id", 2, "title", "Second", "responsible", Map.of("id", 8, "name", "Bob"))));
    // {"select":["id","responsible.name"],"filter":[["id",">",1]],"pagination":{"limit":1}}
    List<Task> page = client.api(TaskApi.class).list(TaskListRequest.builder()
            .select(List.of("id", "responsible.name"))
            .filter(Filter.allOf(Condition.gt("id", 1)))
            .pagination(new Pagination(null, 1L, null))
            .build())
        .result().items();
    // -> {"items":[{"id":2,"responsible":{"name":"Bob"}}]}
    assertEquals("Bob", page.get(0).responsible().name());
    // end::testkit-records[]
    assertEquals(1, page.size());
    assertEquals(2L, page.get(0).id());
    assertNull(page.get(0).title());
    assertNull(page.get(0).responsible().id());
  }
}
