package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.b24rest.api.humanresources.Node;
import io.b24rest.api.humanresources.NodeAddRequest;
import io.b24rest.api.humanresources.NodeApi;
import io.b24rest.api.humanresources.NodeGetRequest;
import io.b24rest.api.humanresources.NodeListRequest;
import io.b24rest.api.humanresources.NodeType;
import io.b24rest.core.Bitrix24ProtocolException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Answers a lenient reader would get wrong, through the generated API and records: a fraction in
 * an integer field, a broken {@code time} block, {@code null} list elements.
 */
class LenientReadingTest {
  private static final String TIME =
      "\"time\":{\"start\":1.5,\"finish\":2.5,\"duration\":1.0,\"processing\":0.5,"
          + "\"operating_reset_at\":1778747792,\"operating\":0.2}";

  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  private final Logger interpreterLog =
      (Logger) LoggerFactory.getLogger("io.b24rest.runtime.internal.error.ResponseInterpreter");
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  @BeforeEach
  void captureLog() {
    logged.start();
    interpreterLog.addAppender(logged);
  }

  @AfterEach
  void releaseLog() {
    interpreterLog.detachAppender(logged);
  }

  private static NodeApi api() {
    return PORTAL.portal().clientBuilder().build().api(NodeApi.class);
  }

  private static void answerRaw(String method, String body) {
    PORTAL.portal().on(method).respondRaw(200, "application/json", body);
  }

  @Test
  void aFractionInAnIntegerFieldIsATypedErrorNamingTheField() {
    answerRaw(
        "humanresources.node.get",
        "{\"result\":{\"item\":{\"id\":1.9,\"name\":\"Sales\"}}," + TIME + "}");

    var thrown =
        assertThrows(
            Bitrix24ProtocolException.class,
            () -> api().get(NodeGetRequest.builder().id(1L).build()));

    assertTrue(thrown.getMessage().contains("at result.item.id"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("expected Long"), thrown.getMessage());
    assertEquals(200, thrown.httpStatus());
  }

  @Test
  void aWholeNumberInAnIntegerFieldStillReads() {
    answerRaw(
        "humanresources.node.get",
        "{\"result\":{\"item\":{\"id\":7,\"name\":\"Sales\"}}," + TIME + "}");

    assertEquals(7L, api().get(NodeGetRequest.builder().id(7L).build()).result().item().id());
  }

  @Test
  void aBrokenTimeBlockKeepsTheResultOfAWriteAndIsReportedAsAbsentOnce() {
    answerRaw(
        "humanresources.node.add",
        "{\"result\":{\"id\":42,\"name\":\"Sales\"},"
            + "\"time\":{\"start\":{\"x\":1},\"operating_reset_at\":[1]}}");
    NodeAddRequest add =
        NodeAddRequest.builder().type(NodeType.DEPARTMENT).name("Sales").parentId(1L).build();
    NodeApi api = api();

    var first = api.add(add);
    var second = api.add(add);

    assertEquals(42L, first.result().id());
    assertNull(first.time());
    assertEquals(42L, second.result().id());
    List<String> warnings =
        logged.list.stream()
            .filter(e -> e.getLevel() == Level.WARN)
            .map(ILoggingEvent::getFormattedMessage)
            .toList();
    assertEquals(1, warnings.size(), String.valueOf(warnings));
    assertTrue(warnings.get(0).startsWith("humanresources.node.add: the answer's time block is"
        + " broken (time.start does not fit)"), warnings.get(0));
  }

  @Test
  void aTimeBlockThatIsNotAnObjectKeepsTheResult() {
    answerRaw(
        "humanresources.node.get",
        "{\"result\":{\"item\":{\"id\":3}},\"time\":\"soon\"}");

    var answer = api().get(NodeGetRequest.builder().id(3L).build());

    assertEquals(3L, answer.result().item().id());
    assertNull(answer.time());
  }

  @Test
  void nullElementsOfAListPageNeverReachTheCaller() {
    answerRaw(
        "humanresources.node.list",
        "{\"result\":{\"items\":[null,{\"id\":1,\"name\":\"A\"},null,{\"id\":2,\"name\":\"B\"}]},"
            + TIME
            + "}");

    List<Node> items = api().list(NodeListRequest.builder().type(NodeType.DEPARTMENT).build()).result().items();

    assertEquals(List.of(1L, 2L), items.stream().map(Node::id).toList());
  }

  @Test
  void nullElementsAreSkippedInTheLazyStreamOfAllPagesToo() {
    answerRaw(
        "humanresources.node.list",
        "{\"result\":{\"items\":[{\"id\":1},null]}," + TIME + "}");

    List<Node> all = api().listAll(NodeListRequest.builder().type(NodeType.DEPARTMENT).build()).toList();

    assertTrue(all.stream().allMatch(node -> node != null), String.valueOf(all));
    assertEquals(1L, all.get(0).id());
  }
}
