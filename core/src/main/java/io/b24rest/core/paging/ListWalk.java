package io.b24rest.core.paging;

import io.b24rest.core.ApiResponse;
import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.Bitrix24ProtocolException;
import io.b24rest.core.Bitrix24Request;
import io.b24rest.core.ResponseTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The walk behind {@link ListReader}: one step per HTTP request, each step fetching one page
 * directly or several as one batch, only when the records of the previous step are used up.
 *
 * <p>The first step of every strategy is a single direct page: its {@code time} block tells the
 * method's processing time per page (which sizes the next batch to {@link
 * ListOptions#requestTimeTarget()}) and its operating figures. The walk ends on the first short
 * page (fewer records than the page size; the pages after it in the same batch are dropped, they
 * hold nothing), after {@link ListOptions#maxPages()} pages, or with the typed exception of the
 * first failed call.
 */
final class ListWalk<Q extends Bitrix24Request<R>, R, T> implements Iterator<T> {
  private static final String OPERATING_LIMIT = "OPERATION_TIME_LIMIT";

  private final ListQuery<Q, R, T> query;
  private final ListOptions options;
  private final PageTransport transport;
  private final ListStrategy strategy;
  private final int limit;
  private final int maxCalls;
  private final OperatingBudget budget;
  private Iterator<T> current = List.<T>of().iterator();
  private boolean done;
  private boolean probeNext = true;
  private int nextPage = 1;
  private @Nullable Object lastId;
  private double secondsPerPage = -1;
  private long records;
  private long pages;
  private long requestCount;
  private long startNanos = -1;

  private ListWalk(ListQuery<Q, R, T> query, ListOptions options, PageTransport transport) {
    this.query = query;
    this.options = options;
    this.transport = transport;
    this.strategy = options.strategy().orElse(
        query.keyset() != null ? ListStrategy.BATCHED_KEYSET : ListStrategy.BATCHED_PAGES);
    if (strategy.byKeyset() && query.keyset() == null) {
      throw new IllegalArgumentException(
          query.method() + " cannot be read by id here: its spec declares no paging.keyset, or the"
              + " request orders by another field or leaves the id out of select; use PAGES or"
              + " BATCHED_PAGES");
    }
    this.limit = options.pageSize() == 0 ? query.maxLimit() : options.pageSize();
    if (limit > query.maxLimit()) {
      throw new IllegalArgumentException(
          "pageSize must be at most " + query.maxLimit() + " for " + query.method() + ", got "
              + limit);
    }
    this.maxCalls =
        strategy.batched() ? Math.max(1, Math.min(options.maxBatchCalls(), transport.maxCalls())) : 1;
    this.budget = new OperatingBudget(query.method(), options);
  }

  static <Q extends Bitrix24Request<R>, R, T> Stream<T> stream(
      ListQuery<Q, R, T> query, ListOptions options, PageTransport transport) {
    ListWalk<Q, R, T> walk = new ListWalk<>(query, options, transport);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(walk, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && !done) {
      step();
    }
    return current.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records");
    }
    return current.next();
  }

  private void step() {
    if (startNanos < 0) {
      startNanos = System.nanoTime();
    }
    while (true) {
      int calls = budget.admit(plannedCalls(), secondsPerPage);
      List<Q> requests = new ArrayList<>(calls);
      for (int i = 0; i < calls; i++) {
        requests.add(request(i));
      }
      requestCount++;
      try {
        take(fetch(requests), calls);
        probeNext = false;
        return;
      } catch (Bitrix24ApiException e) {
        if (!OPERATING_LIMIT.equals(e.code())) {
          throw e;
        }
        budget.waitAfterLimit(e, calls);
        probeNext = true;
      } finally {
        options.progress().update(stats());
      }
    }
  }

  /** Calls in the next step: one for a probe or an unbatched strategy, else sized by time. */
  private int plannedCalls() {
    int calls = 1;
    if (!probeNext && maxCalls > 1) {
      double target = options.requestTimeTarget().toNanos() / 1e9;
      calls = secondsPerPage <= 0 ? maxCalls : (int) Math.min(maxCalls, Math.floor(target / secondsPerPage));
    }
    return (int) Math.max(1, Math.min(calls, options.maxPages() - pages));
  }

  private Q request(int index) {
    ListQuery.KeysetRequest<Q> keyset = query.keyset();
    if (strategy.byKeyset() && keyset != null) {
      return keyset.of(lastId, index + 1, limit);
    }
    return query.page().of(nextPage + index, limit);
  }

  private PageTransport.Answer<R> fetch(List<Q> requests) {
    if (requests.size() == 1) {
      ApiResponse<R> answer = query.call().apply(requests.get(0));
      return new PageTransport.Answer<>(List.of(answer.result()), answer.time());
    }
    return transport.send(requests);
  }

  private void take(PageTransport.Answer<R> answer, int calls) {
    ResponseTime time = answer.time();
    boolean direct = calls == 1;
    budget.observe(time, direct);
    if (time != null && time.processing() != null) {
      double perPage = time.processing() / calls;
      // Slow pages count at once, fast ones only halfway: a batch must not outgrow the 60 s cut.
      secondsPerPage = secondsPerPage < 0 ? perPage : Math.max(perPage, (secondsPerPage + perPage) / 2);
    }
    if (answer.results().size() < calls) {
      throw new Bitrix24ProtocolException(
          200, "the batch answered " + answer.results().size() + " of " + calls + " calls", "",
          query.method());
    }
    List<T> fetched = new ArrayList<>();
    for (R result : answer.results()) {
      List<T> items = result == null ? null : query.items().apply(result);
      int size = items == null ? 0 : items.size();
      pages++;
      if (items != null) {
        for (T item : items) {
          if (item != null) {
            checkOrder(item);
            fetched.add(item);
          }
        }
      }
      if (size < limit || pages >= options.maxPages()) {
        done = true;
        break;
      }
    }
    if (!strategy.byKeyset()) {
      nextPage += calls;
    }
    records += fetched.size();
    current = fetched.iterator();
  }

  /**
   * A keyset walk continues after the last id, so ids must rise: a record without one, or an id
   * that does not rise (a portal ignoring the order or the filter) would repeat or skip records.
   */
  private void checkOrder(T item) {
    if (!strategy.byKeyset()) {
      return;
    }
    Object id = query.id().apply(item);
    if (id == null) {
      throw new Bitrix24ProtocolException(
          200, "a record has no id, so the keyset walk cannot continue after it", "", query.method());
    }
    if (lastId instanceof Number previous && id instanceof Number next
        && new BigDecimal(next.toString()).compareTo(new BigDecimal(previous.toString())) <= 0) {
      throw new Bitrix24ProtocolException(
          200, "ids do not rise (" + next + " after " + previous + "): the portal ignored the id order or filter",
          "", query.method());
    }
    lastId = id;
  }

  private ListStats stats() {
    return new ListStats(
        records,
        pages,
        requestCount,
        Duration.ofNanos(System.nanoTime() - startNanos),
        Duration.ofNanos(budget.waitedNanos()),
        strategy);
  }
}
