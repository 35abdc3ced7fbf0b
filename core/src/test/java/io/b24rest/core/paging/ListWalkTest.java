package io.b24rest.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.core.ApiResponse;
import io.b24rest.core.Bitrix24ProtocolException;
import io.b24rest.core.Bitrix24Request;
import io.b24rest.core.ResponseTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The walk's steps against an in-memory list: what it asks for, when it stops, what it refuses. */
class ListWalkTest {
  /** A page request: page and limit, and the id to continue after for keyset reads. */
  record PageRequest(int page, int limit, @Nullable Object after) implements Bitrix24Request<List<Long>> {
    @Override
    public String methodName() {
      return "test.item.list";
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<List<Long>> resultType() {
      return (Class<List<Long>>) (Class<?>) List.class;
    }
  }

  /** Ids 1..total, paged as the portal pages them, with the requests it was sent. */
  static final class Portal {
    final long total;
    final List<List<PageRequest>> requests = new ArrayList<>();
    boolean ignoreKeysetFilter;
    double processingPerPage;

    Portal(long total) {
      this.total = total;
    }

    List<Long> page(PageRequest request) {
      long after = request.after() == null || ignoreKeysetFilter ? 0 : (Long) request.after();
      long first = after + (long) (request.page() - 1) * request.limit() + 1;
      return LongStream.rangeClosed(first, Math.min(total, first + request.limit() - 1)).boxed().toList();
    }

    ResponseTime time(int pages) {
      return new ResponseTime(null, null, null, processingPerPage * pages, null, null, null, null);
    }

    ApiResponse<List<Long>> call(PageRequest request) {
      requests.add(List.of(request));
      return new ApiResponse<>(page(request), time(1));
    }

    PageTransport transport() {
      return new PageTransport() {
        @Override
        public int maxCalls() {
          return 50;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> Answer<R> send(List<? extends Bitrix24Request<R>> sent) {
          List<PageRequest> batch = sent.stream().map(r -> (PageRequest) r).toList();
          requests.add(batch);
          List<R> results = new ArrayList<>();
          batch.forEach(r -> results.add((R) page(r)));
          return new Answer<>(results, time(batch.size()));
        }
      };
    }

    ListQuery<PageRequest, List<Long>, Long> query(boolean keyset) {
      return new ListQuery<>(
          "test.item.list", 100, 50, this::call,
          (page, limit) -> new PageRequest(page, limit, null),
          result -> result,
          keyset ? (after, page, limit) -> new PageRequest(page, limit, after) : null,
          id -> id);
    }
  }

  @Test
  void batchedPagesProbeWithOnePageThenFillBatchesAndStopAtTheShortPage() {
    Portal portal = new Portal(7_250);
    List<Long> ids =
        ListReader.over(portal.transport()).read(portal.query(false), ListOptions.defaults()).toList();

    assertEquals(LongStream.rangeClosed(1, 7_250).boxed().toList(), ids);
    assertEquals(List.of(1, 50, 50), portal.requests.stream().map(List::size).toList());
    assertEquals(2, portal.requests.get(1).get(0).page());
    assertEquals(52, portal.requests.get(2).get(0).page());
  }

  @Test
  void batchedKeysetContinuesAfterTheLastIdOfEachBatch() {
    Portal portal = new Portal(5_100);
    List<Long> ids =
        ListReader.over(portal.transport()).read(portal.query(true), ListOptions.defaults()).toList();

    assertEquals(5_100, ids.size());
    assertEquals(5_100L, ids.get(ids.size() - 1));
    assertEquals(100L, portal.requests.get(1).get(0).after());
    assertEquals(5_100L, portal.requests.get(2).get(0).after());
    assertEquals(List.of(1, 2, 3), portal.requests.get(1).stream().limit(3).map(PageRequest::page).toList());
  }

  @Test
  void batchesAreSizedFromTheProcessingTimeOfEarlierAnswers() {
    Portal portal = new Portal(100_000);
    portal.processingPerPage = 2.0;
    ListReader.over(portal.transport())
        .read(portal.query(false), ListOptions.defaults().maxPages(40))
        .count();

    // 20 s target at 2 s a page: 10 pages a batch.
    assertEquals(List.of(1, 10, 10, 10, 9), portal.requests.stream().map(List::size).toList());
  }

  @Test
  void aKeysetWalkRefusesIdsThatDoNotRise() {
    Portal portal = new Portal(1_000);
    portal.ignoreKeysetFilter = true;
    Bitrix24ProtocolException failure =
        assertThrows(
            Bitrix24ProtocolException.class,
            () -> ListReader.over(portal.transport())
                .read(portal.query(true), ListOptions.defaults().strategy(ListStrategy.KEYSET))
                .count());
    assertTrue(failure.getMessage().contains("ids do not rise"), failure.getMessage());
  }

  @Test
  void theDirectReaderSendsOnePagePerRequestAndTheStreamIsLazy() {
    Portal portal = new Portal(250);
    var stream = ListReader.direct().read(portal.query(true), ListOptions.defaults());
    assertEquals(0, portal.requests.size(), "nothing is sent before a record is needed");
    assertEquals(250, stream.count());
    assertEquals(3, portal.requests.size());
    assertThrows(
        IllegalArgumentException.class,
        () -> ListReader.direct().read(portal.query(false), ListOptions.defaults().strategy(ListStrategy.KEYSET)));
    assertThrows(
        IllegalArgumentException.class,
        () -> ListReader.direct().read(portal.query(false), ListOptions.defaults().pageSize(101)));
  }
}
