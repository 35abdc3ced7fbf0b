package io.b24rest.api.humanresources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.b24rest.api.common.Pagination;
import io.b24rest.core.ApiResponse;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.Bitrix24Json;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.runtime.retry.RetryPolicy;
import io.b24rest.runtime.support.FakePortal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the generated types promise a caller, read and written through the runtime's own
 * ObjectMapper: open enums lose no value, answer lists are unmodifiable and the page items never
 * null, builders derive requests, and a method without required params needs no request.
 */
class GeneratedShapeTest {
  private static final ObjectMapper JSON = Bitrix24Json.newObjectMapper();

  @Test
  void anEnumValueTheClientDoesNotKnowKeepsItsTextBothWays() throws Exception {
    Node node = JSON.readValue("{\"id\":1,\"type\":\"DIVISION\"}", Node.class);

    assertEquals("DIVISION", node.type().value());
    assertFalse(node.type().isKnown());
    assertEquals("{\"id\":1,\"type\":\"DIVISION\"}", JSON.writeValueAsString(node));
    assertEquals(NodeType.of("DIVISION"), node.type(), "equal by wire value");
  }

  @Test
  void aKnownEnumValueIsItsConstant() throws Exception {
    Node node = JSON.readValue("{\"type\":\"TEAM\"}", Node.class);

    assertSame(NodeType.TEAM, node.type());
    assertTrue(node.type().isKnown());
    assertEquals(List.of(NodeType.DEPARTMENT, NodeType.TEAM), NodeType.knownValues());
    assertNull(JSON.readValue("{\"type\":null}", Node.class).type(), "null stays null");
  }

  @Test
  void pageItemsAreNeverNullAndAnswerListsAreUnmodifiable() throws Exception {
    NodeListResult absent = JSON.readValue("{}", NodeListResult.class);
    NodeListResult page = JSON.readValue("{\"items\":[{\"id\":1},null]}", NodeListResult.class);

    assertEquals(List.of(), absent.items(), "items the portal leaves out read as empty");
    assertEquals(1, page.items().size(), "a null element of an answer is skipped (Bitrix24Json)");
    assertThrows(UnsupportedOperationException.class, () -> page.items().add(page.items().get(0)));
    assertNull(page.items().get(0).members(), "a list returned only on request stays null");
  }

  @Test
  void toBuilderDerivesARequestAndNamedTypesHaveBuilders() throws Exception {
    NodeListRequest first =
        NodeListRequest.builder()
            .type(NodeType.DEPARTMENT)
            .pagination(Pagination.builder().page(2L).limit(20L).build())
            .build();

    NodeListRequest second =
        first.toBuilder().pagination(first.pagination().toBuilder().page(3L).build()).build();

    assertEquals(
        "{\"type\":\"DEPARTMENT\",\"pagination\":{\"page\":3,\"limit\":20}}",
        JSON.writeValueAsString(second));
    assertEquals(2L, first.pagination().page(), "the first request is unchanged");
  }

  @Test
  void aMethodWithoutRequiredParamsIsCalledWithoutARequest() throws Exception {
    try (FakePortal portal = new FakePortal()) {
      portal.enqueue(FakePortal.ok("{\"departments\":4,\"teams\":2}"));
      NodeApi api =
          Bitrix24Client.webhook(portal.webhookUrl())
              .rateLimit(RateLimit.off())
              .retryPolicy(RetryPolicy.none())
              .readTimeout(Duration.ofSeconds(5))
              .build()
              .api(NodeApi.class);

      ApiResponse<NodeCountResult> count = api.count();

      assertEquals(4L, count.result().departments());
      assertEquals("{}", portal.received().get(0).body());
      assertTrue(portal.received().get(0).path().endsWith("/humanresources.node.count"));
    }
  }
}
