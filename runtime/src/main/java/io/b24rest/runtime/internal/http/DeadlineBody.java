package io.b24rest.runtime.internal.http;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * A body subscriber that must finish by a deadline: at the deadline it cancels the subscription
 * (the JDK then closes the connection) and fails the body with an {@link HttpTimeoutException}, so
 * that a server which sends the headers and then stalls or trickles the body cannot hold the
 * caller. The deadline is watched by {@link AnswerDeadlines}'s one shared thread and
 * dropped from it when the body completes first.
 */
final class DeadlineBody<T> implements HttpResponse.BodySubscriber<T>, AnswerDeadlines.Expiring {

  private final HttpResponse.BodySubscriber<T> delegate;
  private final CompletableFuture<T> result = new CompletableFuture<>();
  private final long deadlineNanos;
  private final long timeoutMillis;
  private volatile Flow.@Nullable Subscription subscription;

  DeadlineBody(HttpResponse.BodySubscriber<T> delegate, long deadlineNanos, long timeoutMillis) {
    this.delegate = delegate;
    this.deadlineNanos = deadlineNanos;
    this.timeoutMillis = timeoutMillis;
    delegate
        .getBody()
        .whenComplete(
            (value, failure) -> {
              if (failure == null) {
                result.complete(value);
              } else {
                result.completeExceptionally(failure);
              }
            });
    result.whenComplete((value, failure) -> AnswerDeadlines.SHARED.remove(this));
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    long left = deadlineNanos - System.nanoTime();
    if (left <= 0) {
      expire();
    } else if (!result.isDone()) {
      AnswerDeadlines.SHARED.add(this);
      if (result.isDone()) {
        AnswerDeadlines.SHARED.remove(this);
      }
    }
    delegate.onSubscribe(subscription);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    delegate.onNext(items);
  }

  @Override
  public void onError(Throwable failure) {
    delegate.onError(failure);
  }

  @Override
  public void onComplete() {
    delegate.onComplete();
  }

  @Override
  public CompletionStage<T> getBody() {
    return result;
  }

  @Override
  public long deadlineNanos() {
    return deadlineNanos;
  }

  @Override
  public void expire() {
    if (result.completeExceptionally(
        new HttpTimeoutException(
            "the whole answer did not arrive within " + timeoutMillis + " ms"))) {
      Flow.Subscription current = subscription;
      if (current != null) {
        current.cancel();
      }
    }
  }
}
