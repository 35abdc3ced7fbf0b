package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.b24rest.api.errors.EntityNotFoundException;
import io.b24rest.api.humanresources.Node;
import io.b24rest.api.humanresources.NodeApi;
import io.b24rest.api.humanresources.NodeCountRequest;
import io.b24rest.api.humanresources.NodeCountResult;
import io.b24rest.api.humanresources.NodeGetRequest;
import io.b24rest.api.humanresources.NodeGetResult;
import io.b24rest.api.humanresources.NodeListRequest;
import io.b24rest.api.humanresources.NodeType;
import io.b24rest.runtime.BatchCall;
import io.b24rest.runtime.Bitrix24Batch;
import io.b24rest.runtime.Bitrix24Client;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The runtime's paged lists and batches against the testkit, which answers every method from its
 * spec: the two ends agree on the wire format of {@code pagination} and of REST 3.0 batch.
 */
class PagingAndBatchClientTest {
  @RegisterExtension
  final FakeBitrix24PortalExtension extension = new FakeBitrix24PortalExtension();

  @Test
  void listAllStopsOnTheDocumentedShortPage(FakeBitrix24Portal portal) {
    NodeApi nodes = Bitrix24Client.webhook(portal.webhookUrl()).build().api(NodeApi.class);

    List<Node> all =
        nodes.listAll(NodeListRequest.builder().type(NodeType.DEPARTMENT).build()).toList();

    // The documented answer holds two departments: fewer than a page, so one call, of the
    // method's largest page (its spec's paging.maxLimit).
    assertEquals(
        List.of("Sales Department", "Marketing Department"), all.stream().map(Node::name).toList());
    assertEquals(1, portal.requests("humanresources.node.list").size());
    int maxLimit =
        portal.spec().methods().stream()
            .filter(m -> m.name().equals("humanresources.node.list"))
            .findFirst().orElseThrow().paging().orElseThrow().maxLimit();
    assertEquals(
        maxLimit, portal.lastRequest().param("pagination").orElseThrow().path("limit").asInt());
  }

  @Test
  void maxPagesBoundsAPortalThatIgnoresPaging(FakeBitrix24Portal portal) {
    NodeApi nodes = Bitrix24Client.webhook(portal.webhookUrl()).build().api(NodeApi.class);

    // The testkit answers every page with the same two items: full pages of 2, without end.
    long count =
        nodes.listAll(NodeListRequest.builder().type(NodeType.DEPARTMENT).build(), 2, 3).count();

    assertEquals(6, count);
    assertEquals(3, portal.requests("humanresources.node.list").size());
  }

  @Test
  void aBatchGetsEachDocumentedResultTyped(FakeBitrix24Portal portal) {
    Bitrix24Batch batch = Bitrix24Client.webhook(portal.webhookUrl()).build().batch();
    BatchCall<NodeGetResult> node = batch.add(NodeGetRequest.builder().id(1L).build());
    BatchCall<NodeCountResult> count = batch.add(NodeCountRequest.builder().build());

    batch.execute();

    assertEquals(1L, node.result().item().id());
    assertEquals(25L, count.result().departments());
    assertEquals(1, portal.requestCount());
  }

  @Test
  void aBatchWithAFailingCallFailsAsTheTestkitAnswersIt(FakeBitrix24Portal portal) {
    portal
        .on("humanresources.node.get")
        .withParam("id", 999)
        .respondError(
            400,
            "BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION",
            "Record with ID = `999` not found");
    Bitrix24Batch batch = Bitrix24Client.webhook(portal.webhookUrl()).build().batch();
    batch.add(NodeCountRequest.builder().build());
    batch.add(NodeGetRequest.builder().id(999L).build());

    // The testkit answers a batch with its first failing call's error, as a whole.
    assertThrows(EntityNotFoundException.class, batch::execute);
  }
}
