package io.b24rest.runtime;

import io.b24rest.core.Bitrix24Exception;
import io.b24rest.core.Bitrix24Request;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One call of a {@link Bitrix24Batch}: after {@link Bitrix24Batch#execute()}, its typed result or
 * the typed exception of its own error (the other calls of the batch keep their results).
 *
 * @param <R> the generated result record of the call's method
 */
public final class BatchCall<R> {
  private final Bitrix24Request<R> request;
  private @Nullable R result;
  private @Nullable Bitrix24Exception failure;
  private boolean done;

  BatchCall(Bitrix24Request<R> request) {
    this.request = request;
  }

  /** The request this call sends. */
  public Bitrix24Request<R> request() {
    return request;
  }

  /**
   * The call's result.
   *
   * @throws Bitrix24Exception the typed exception of the call's error (a generated subclass of
   *     {@code Bitrix24ApiException} for a known code), or a {@code Bitrix24ProtocolException} if
   *     the answer holds no usable result for it
   * @throws IllegalStateException if the batch has not been executed
   */
  public R result() {
    checkDone();
    if (failure != null) {
      throw failure;
    }
    return result;
  }

  /**
   * The typed exception of the call's error, empty if it succeeded.
   *
   * @throws IllegalStateException if the batch has not been executed
   */
  public Optional<Bitrix24Exception> failure() {
    checkDone();
    return Optional.ofNullable(failure);
  }

  void succeed(R value) {
    result = value;
    done = true;
  }

  void fail(Bitrix24Exception error) {
    failure = error;
    done = true;
  }

  private void checkDone() {
    if (!done) {
      throw new IllegalStateException(
          request.methodName() + ": the batch has not been executed yet; call execute() first");
    }
  }

  @Override
  public String toString() {
    return "BatchCall["
        + request.methodName()
        + (done ? (failure == null ? ", ok" : ", failed") : ", pending")
        + "]";
  }
}
