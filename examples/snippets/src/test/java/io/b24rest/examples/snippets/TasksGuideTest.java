package io.b24rest.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

// tag::tasks-imports[]
import io.b24rest.api.common.SortDirection;
import io.b24rest.api.tasks.Task;
import io.b24rest.api.tasks.TaskAddFields;
import io.b24rest.api.tasks.TaskAddRequest;
import io.b24rest.api.tasks.TaskApi;
import io.b24rest.api.tasks.TaskChatMessageApi;
import io.b24rest.api.tasks.TaskChatMessageSendRequest;
import io.b24rest.api.tasks.TaskGetRequest;
import io.b24rest.api.tasks.TaskListRequest;
import io.b24rest.api.tasks.TaskStatus;
import io.b24rest.api.tasks.TaskUpdateFields;
import io.b24rest.api.tasks.TaskUpdateRequest;
import io.b24rest.core.filter.Condition;
import io.b24rest.core.filter.Filter;
import io.b24rest.runtime.Bitrix24Client;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
// end::tasks-imports[]
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import io.b24rest.testkit.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The calls of docs/tasks.md, against the answers the testkit serves from the specs' documented
 * examples.
 */
class TasksGuideTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  @Test
  void createsATask(FakeBitrix24Portal portal) {
    Bitrix24Client client = portal.clientBuilder().build();
    // tag::tasks-create[]
    TaskApi tasks = client.api(TaskApi.class);
    // title, creator and responsible are required; the fields left unset are not sent
    TaskAddFields fields = TaskAddFields.builder()
        .title("Task Title")
        .creatorId(29L)
        .responsibleId(1L)
        .deadline(OffsetDateTime.parse("2025-12-31T23:59:59+02:00"))
        .build();
    Task created = tasks.add(TaskAddRequest.builder().fields(fields).build()).result().item();
    // end::tasks-create[]
    assertEquals(3839L, created.id());
    assertEquals(TaskStatus.PENDING, created.status());
    RecordedRequest sent = portal.takeRequest();
    assertEquals("tasks.task.add", sent.methodName().orElseThrow());
    assertEquals("Task Title", sent.json().orElseThrow().at("/fields/title").asText());
    assertEquals(29, sent.json().orElseThrow().at("/fields/creatorId").asInt());
    assertEquals(
        "2025-12-31T23:59:59+02:00", sent.json().orElseThrow().at("/fields/deadline").asText());
  }

  @Test
  void listsTheOpenTasksOfAUser(FakeBitrix24Portal portal) {
    Bitrix24Client client = portal.clientBuilder().build();
    TaskApi tasks = client.api(TaskApi.class);
    // tag::tasks-list[]
    long userId = 29;
    Set<TaskStatus> open = Set.of(TaskStatus.PENDING, TaskStatus.IN_PROGRESS);
    List<Task> openTasks = tasks.listAll(TaskListRequest.builder()
            .select(List.of("id", "title", "responsibleId", "deadline", "status"))
            .filter(Filter.allOf(Condition.gt("id", 1000)))   // REST 3.0 filters tasks by id only
            .order(Map.of("id", SortDirection.ASC))
            .build())
        .filter(task -> task.responsibleId() != null && task.responsibleId() == userId)
        .filter(task -> open.contains(task.status()))
        .toList();
    // end::tasks-list[]
    assertEquals(List.of(3836L), openTasks.stream().map(Task::id).toList());
    assertEquals("Prepare the contract", openTasks.get(0).title());
    RecordedRequest sent = portal.takeRequest();
    assertEquals("[[\"id\",\">\",1000]]", sent.param("filter").orElseThrow().toString());
    assertEquals(5, sent.param("select").orElseThrow().size());
  }

  @Test
  void getsATaskWithFieldsOfItsAssignee(FakeBitrix24Portal portal) {
    Bitrix24Client client = portal.clientBuilder().build();
    TaskApi tasks = client.api(TaskApi.class);
    // tag::tasks-get[]
    Task task = tasks.get(TaskGetRequest.builder()
            .id(8017L)
            .select(List.of("id", "title", "status", "responsible.name", "responsible.email"))
            .build())
        .result().item();
    String assignee = task.responsible().name() + " <" + task.responsible().email() + ">";
    // end::tasks-get[]
    assertEquals("Alex <mail@bitrix.com>", assignee);
    assertEquals(8017, portal.takeRequest().param("id").orElseThrow().asInt());
  }

  @Test
  void completesATaskAndWritesToItsChat(FakeBitrix24Portal portal) {
    Bitrix24Client client = portal.clientBuilder().build();
    TaskApi tasks = client.api(TaskApi.class);
    long taskId = 3839;
    // tag::tasks-update[]
    TaskUpdateFields changes = TaskUpdateFields.builder().status(TaskStatus.COMPLETED).build();
    boolean completed = tasks.update(TaskUpdateRequest.builder().id(taskId).fields(changes).build())
        .result().success();
    // a message in the task's chat
    boolean sent = client.api(TaskChatMessageApi.class).send(TaskChatMessageSendRequest.builder()
            .fields(TaskChatMessageSendRequest.Fields.builder()
                .taskId(taskId)
                .text("Done: the contract is signed")
                .build())
            .build())
        .result().success();
    // end::tasks-update[]
    assertTrue(completed);
    assertTrue(sent);
    RecordedRequest update = portal.takeRequest();
    assertEquals("{\"status\":\"completed\"}", update.param("fields").orElseThrow().toString());
    RecordedRequest message = portal.takeRequest();
    assertEquals("tasks.task.chat.message.send", message.methodName().orElseThrow());
    assertEquals(3839, message.json().orElseThrow().at("/fields/taskId").asInt());
  }
}
