package io.b24rest.runtime;

import io.b24rest.core.Bitrix24Request;
import io.b24rest.core.paging.PageTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sends the pages of a bulk read as the calls of one REST 3.0 batch of the client, so the request
 * is paced, retried and error-checked like any other. The first call that failed throws its typed
 * exception: the stream never skips a page.
 */
final class BatchPageTransport implements PageTransport {
  private final Supplier<Bitrix24Batch> batches;

  BatchPageTransport(Supplier<Bitrix24Batch> batches) {
    this.batches = batches;
  }

  @Override
  public int maxCalls() {
    return Bitrix24Batch.MAX_CALLS;
  }

  @Override
  public <R> Answer<R> send(List<? extends Bitrix24Request<R>> requests) {
    Bitrix24Batch batch = batches.get();
    List<BatchCall<R>> calls = new ArrayList<>(requests.size());
    for (Bitrix24Request<R> request : requests) {
      calls.add(batch.add(request));
    }
    batch.execute();
    List<R> results = new ArrayList<>(calls.size());
    for (BatchCall<R> call : calls) {
      results.add(call.result());
    }
    return new Answer<>(results, batch.time().orElse(null));
  }

  @Override
  public String toString() {
    return "BatchPageTransport[" + Bitrix24Batch.MAX_CALLS + " calls a request]";
  }
}
