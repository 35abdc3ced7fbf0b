package io.b24rest.api.humanresources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.b24rest.api.errors.AccessDeniedException;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.Bitrix24Json;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.runtime.retry.RetryPolicy;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Recorded;
import io.b24rest.runtime.support.FakePortal.Reply;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code listAll} against a portal on loopback that holds {@code
 * TOTAL} departments and pages them as the portal does.
 */
class PagedListTest {
  private static final ObjectMapper MAPPER = Bitrix24Json.newObjectMapper();
  private static final int TOTAL = 7;
  private static final NodeListRequest REQUEST =
      NodeListRequest.builder().type(NodeType.DEPARTMENT).select(List.of("id", "name")).build();

  @Test
  void walksEveryPageInOrderAndStopsOnTheShortOne() throws Exception {
    try (FakePortal portal = pagingPortal()) {
      List<Node> nodes = api(portal, RateLimit.off()).listAll(REQUEST, 3).toList();

      assertEquals(
          IntStream.rangeClosed(1, TOTAL).boxed().map(Long::valueOf).toList(),
          nodes.stream().map(Node::id).toList());
      assertEquals("Department 7", nodes.get(6).name());
      List<Recorded> calls = portal.received();
      assertEquals(3, calls.size(), "pages of 3, 3 and 1: the short third page ends the walk");
      for (int i = 0; i < calls.size(); i++) {
        JsonNode body = MAPPER.readTree(calls.get(i).body());
        assertTrue(calls.get(i).path().endsWith("/humanresources.node.list"), calls.get(i).path());
        assertEquals(i + 1, body.path("pagination").path("page").asInt());
        assertEquals(3, body.path("pagination").path("limit").asInt());
        assertTrue(body.path("pagination").path("offset").isMissingNode());
        // The rest of the request goes along unchanged on every page.
        assertEquals("DEPARTMENT", body.path("type").asText());
        assertEquals("[\"id\",\"name\"]", body.path("select").toString());
      }
    }
  }

  @Test
  void fetchesAPageOnlyWhenItsFirstItemIsNeeded() throws Exception {
    try (FakePortal portal = pagingPortal()) {
      Stream<Node> nodes = api(portal, RateLimit.off()).listAll(REQUEST, 3);
      assertEquals(0, portal.received().size(), "creating the stream calls nothing");

      Iterator<Node> items = nodes.iterator();
      items.next();
      assertEquals(1, portal.received().size());
      items.next();
      items.next();
      assertEquals(1, portal.received().size(), "the first page still has items");
      items.next();
      assertEquals(2, portal.received().size());
      assertEquals(
          List.of(1L, 2L),
          api(portal, RateLimit.off()).listAll(REQUEST, 3).limit(2).map(Node::id).toList());
      assertEquals(3, portal.received().size(), "limit(2) needs only the first page");
    }
  }

  @Test
  void aFullLastPageCostsOneEmptyCallAndMaxPagesBoundsTheWalk() throws Exception {
    try (FakePortal portal = pagingPortal()) {
      assertEquals(7, api(portal, RateLimit.off()).listAll(REQUEST, 7).count());
      assertEquals(2, portal.received().size(), "a full page may have more behind it");

      assertEquals(4, api(portal, RateLimit.off()).listAll(REQUEST, 2, 2).count());
      assertEquals(4, portal.received().size(), "two more calls, then the bound");
    }
  }

  @Test
  void aFailedPageThrowsItsTypedExceptionFromTheStream() throws Exception {
    try (FakePortal portal = pagingPortal()) {
      portal.enqueue(
          page(1, 3),
          Reply.json(
              403,
              "{\"error\":{\"code\":\"BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION\","
                  + "\"message\":\"Access denied\"}}"));
      Iterator<Node> items = api(portal, RateLimit.off()).listAll(REQUEST, 3).iterator();
      for (int i = 0; i < 3; i++) {
        items.next();
      }
      assertInstanceOf(
          AccessDeniedException.class, assertThrows(RuntimeException.class, items::next));
    }
  }

  @Test
  void badArgumentsAreRejectedBeforeAnyCall() throws Exception {
    try (FakePortal portal = pagingPortal()) {
      NodeApi api = api(portal, RateLimit.off());
      assertThrows(IllegalArgumentException.class, () -> api.listAll(null));
      assertThrows(IllegalArgumentException.class, () -> api.listAll(REQUEST, 0));
      assertThrows(IllegalArgumentException.class, () -> api.listAll(REQUEST, 3, 0));
      assertEquals(0, portal.received().size());
    }
  }

  @Test
  void pageCallsArePacedByTheClientsBucket() throws Exception {
    try (FakePortal portal = pagingPortal()) {
      // One token at once, then one every 200 ms: page n (0-based) cannot start before n * 200 ms.
      NodeApi api = api(portal, RateLimit.custom(1, 5));
      long start = System.nanoTime();
      List<Node> nodes = api.listAll(REQUEST, 2).toList();
      assertEquals(TOTAL, nodes.size());
      List<Recorded> calls = portal.received();
      assertEquals(4, calls.size());
      for (int i = 1; i < calls.size(); i++) {
        long sinceStartMillis = (calls.get(i).arrivalNanos() - start) / 1_000_000;
        assertTrue(
            sinceStartMillis >= i * 200 - 20,
            "page " + (i + 1) + " came " + sinceStartMillis + " ms after the start");
      }
    }
  }

  private static NodeApi api(FakePortal portal, RateLimit rateLimit) {
    return Bitrix24Client.webhook(portal.webhookUrl())
        .rateLimit(rateLimit)
        .retryPolicy(RetryPolicy.none())
        .readTimeout(Duration.ofSeconds(5))
        .build()
        .api(NodeApi.class);
  }

  /** A portal that pages {@code TOTAL} departments by the request's page and limit. */
  private static FakePortal pagingPortal() throws Exception {
    FakePortal portal = new FakePortal();
    portal.otherwise(
        recorded -> {
          try {
            JsonNode pagination = MAPPER.readTree(recorded.body()).path("pagination");
            return page(pagination.path("page").asInt(1), pagination.path("limit").asInt(50));
          } catch (Exception e) {
            return Reply.json(500, "{\"error\":{\"code\":\"TEST_BROKEN_REQUEST\"}}");
          }
        });
    return portal;
  }

  private static Reply page(int page, int limit) {
    String items =
        IntStream.rangeClosed((page - 1) * limit + 1, Math.min(page * limit, TOTAL))
            .mapToObj(
                id ->
                    "{\"id\":"
                        + id
                        + ",\"name\":\"Department "
                        + id
                        + "\",\"type\":\"DEPARTMENT\"}")
            .collect(Collectors.joining(",", "[", "]"));
    return FakePortal.ok("{\"items\":" + items + "}");
  }
}
