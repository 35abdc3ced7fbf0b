package io.b24rest.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.core.ApiResponse;
import io.b24rest.core.Bitrix24Exception;
import io.b24rest.core.Bitrix24Request;
import io.b24rest.core.MethodKind;
import io.b24rest.core.ResponseTime;
import io.b24rest.runtime.internal.error.ResponseInterpreter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A REST 3.0 batch: up to {@value #MAX_CALLS} calls sent as one request ({@code POST .../batch}
 * with the JSON array {@code [{"method": ..., "query": {...}}, ...]}), each answered by the element
 * of {@code result} at its position. Get one from {@link Bitrix24Client#batch()}.
 *
 * <pre>{@code
 * Bitrix24Batch batch = client.batch();
 * BatchCall<NodeGetResult> node = batch.add(NodeGetRequest.builder().id(1L).build());
 * BatchCall<NodeCountResult> count = batch.add(NodeCountRequest.builder().build());
 * batch.execute();
 * node.result().item();   // or the typed exception of this call's error
 * }</pre>
 *
 * <p>The batch request is an ordinary call of the client: paced, retried, error-decoded and
 * authenticated like any other. A batch of reads only is retried freely; a batch with a write
 * carries one {@code Idempotency-Key} across its retries (the client's own key if it is a {@link
 * Bitrix24Client#withIdempotencyKey(String)} view). Not thread-safe: build and run a batch on one
 * thread.
 */
public final class Bitrix24Batch {
  /** The most calls one batch may hold, as the portal allows. */
  public static final int MAX_CALLS = 50;

  private final BatchApi api;
  private final ResponseInterpreter interpreter;
  private final List<BatchCall<?>> calls = new ArrayList<>();
  private boolean executed;
  private @Nullable ResponseTime time;

  Bitrix24Batch(BatchApi api, ResponseInterpreter interpreter) {
    this.api = api;
    this.interpreter = interpreter;
  }

  /**
   * Adds a call; its result is at hand after {@link #execute()}.
   *
   * @param request a generated request record
   * @return the call, whose {@link BatchCall#result()} is typed by the request
   * @throws IllegalArgumentException if the request is missing or the batch already holds {@value
   *     #MAX_CALLS} calls
   * @throws IllegalStateException if the batch has been executed
   */
  public <R> BatchCall<R> add(Bitrix24Request<R> request) {
    if (executed) {
      throw new IllegalStateException("the batch has been executed; start a new one");
    }
    if (request == null) {
      throw new IllegalArgumentException("request is missing");
    }
    if (calls.size() >= MAX_CALLS) {
      throw new IllegalArgumentException(
          "a batch holds at most " + MAX_CALLS + " calls; split the calls into several batches");
    }
    BatchCall<R> call = new BatchCall<>(request);
    calls.add(call);
    return call;
  }

  /** The calls added so far. */
  public int size() {
    return calls.size();
  }

  /**
   * Sends the batch and hands each call its result or its error.
   *
   * @throws Bitrix24Exception if the batch as a whole fails (an error answer, a rate limit after
   *     the retries, no answer); the calls then have no result, and the batch may be executed again
   * @throws IllegalStateException if the batch is empty or has been executed
   */
  public void execute() {
    if (executed) {
      throw new IllegalStateException("the batch has been executed; start a new one");
    }
    if (calls.isEmpty()) {
      throw new IllegalStateException("the batch holds no calls; add(...) some first");
    }
    List<BatchEntry> entries = new ArrayList<>(calls.size());
    boolean readsOnly = true;
    for (BatchCall<?> call : calls) {
      String method = call.request().methodName();
      entries.add(new BatchEntry(method, call.request()));
      readsOnly &= MethodKinds.of(method) == MethodKind.READ;
    }
    ApiResponse<List<JsonNode>> answer = readsOnly ? api.read(entries) : api.write(entries);
    executed = true;
    time = answer.time();
    List<JsonNode> results = answer.result();
    for (int i = 0; i < calls.size(); i++) {
      deliver(calls.get(i), i < results.size() ? results.get(i) : null);
    }
  }

  /**
   * The {@code time} block of the batch answer (its {@code processing} is the time its calls ran);
   * empty before {@link #execute()} or when the answer had none.
   */
  public Optional<ResponseTime> time() {
    return Optional.ofNullable(time);
  }

  private <R> void deliver(BatchCall<R> call, JsonNode element) {
    Bitrix24Request<R> request = call.request();
    try {
      call.succeed(
          interpreter.batchElement(element, request.resultType(), 200, request.methodName()));
    } catch (Bitrix24Exception e) {
      call.fail(e);
    }
  }

  @Override
  public String toString() {
    return "Bitrix24Batch[" + calls.size() + " calls" + (executed ? ", executed" : "") + "]";
  }
}
