package io.b24rest.core.paging;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a bulk read ({@code listAll(request, options)}) walks a list method. Immutable; start from
 * {@link #defaults()} and change what you need:
 *
 * <pre>{@code
 * tasks.listAll(request, ListOptions.defaults()
 *     .strategy(ListStrategy.BATCHED_PAGES)
 *     .progress(stats -> log.info("{} records", stats.records())));
 * }</pre>
 *
 * <p>Defaults: the strategy the spec suggests ({@link ListStrategy}), the method's largest page
 * ({@code paging.maxLimit}), at most {@value Pages#DEFAULT_MAX_PAGES} pages, at most 50 calls per
 * batch and each batch sized so that the portal's processing stays near 20 seconds (its hard cut
 * is 60), and an operating budget of 480 seconds per method of which the walk uses at most 80%
 * before it waits for the budget's oldest minute to reset ({@code limits.md}).
 */
public final class ListOptions {
  /** The most calls one REST 3.0 batch may hold. */
  public static final int MAX_BATCH_CALLS = 50;

  private static final ListOptions DEFAULTS =
      new ListOptions(
          null,
          0,
          Pages.DEFAULT_MAX_PAGES,
          MAX_BATCH_CALLS,
          Duration.ofSeconds(20),
          Duration.ofSeconds(480),
          0.8,
          ListProgress.NONE);

  private final @Nullable ListStrategy strategy;
  private final int pageSize;
  private final int maxPages;
  private final int maxBatchCalls;
  private final Duration requestTimeTarget;
  private final Duration operatingBudget;
  private final double operatingThreshold;
  private final ListProgress progress;

  private ListOptions(
      @Nullable ListStrategy strategy,
      int pageSize,
      int maxPages,
      int maxBatchCalls,
      Duration requestTimeTarget,
      Duration operatingBudget,
      double operatingThreshold,
      ListProgress progress) {
    this.strategy = strategy;
    this.pageSize = pageSize;
    this.maxPages = maxPages;
    this.maxBatchCalls = maxBatchCalls;
    this.requestTimeTarget = requestTimeTarget;
    this.operatingBudget = operatingBudget;
    this.operatingThreshold = operatingThreshold;
    this.progress = progress;
  }

  /** The defaults described above. */
  public static ListOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Walk with this strategy instead of the one the spec suggests. A keyset strategy on a method
   * (or request) that cannot be read by id is rejected when the read starts.
   */
  public ListOptions strategy(ListStrategy value) {
    return new ListOptions(
        Objects.requireNonNull(value, "strategy"),
        pageSize, maxPages, maxBatchCalls, requestTimeTarget, operatingBudget, operatingThreshold,
        progress);
  }

  /**
   * Records per page, from 1 to the method's {@code maxLimit}; 0 (the default) means that maximum.
   *
   * @throws IllegalArgumentException if negative
   */
  public ListOptions pageSize(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("pageSize must be at least 1 (or 0 for the method's maximum), got " + value);
    }
    return new ListOptions(
        strategy, value, maxPages, maxBatchCalls, requestTimeTarget, operatingBudget,
        operatingThreshold, progress);
  }

  /**
   * The most pages fetched, at least 1: a portal that ignores paging cannot make the walk loop.
   *
   * @throws IllegalArgumentException if below 1
   */
  public ListOptions maxPages(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1, got " + value);
    }
    return new ListOptions(
        strategy, pageSize, value, maxBatchCalls, requestTimeTarget, operatingBudget,
        operatingThreshold, progress);
  }

  /**
   * The most calls per batch, from 1 to {@value #MAX_BATCH_CALLS}.
   *
   * @throws IllegalArgumentException if out of range
   */
  public ListOptions maxBatchCalls(int value) {
    if (value < 1 || value > MAX_BATCH_CALLS) {
      throw new IllegalArgumentException(
          "maxBatchCalls must be 1 to " + MAX_BATCH_CALLS + ", got " + value);
    }
    return new ListOptions(
        strategy, pageSize, maxPages, value, requestTimeTarget, operatingBudget,
        operatingThreshold, progress);
  }

  /**
   * The portal processing time one batch should stay near (the portal cuts a request at 60 s):
   * the calls of the next batch are sized from the {@code time.processing} of earlier answers.
   *
   * @throws IllegalArgumentException if not positive
   */
  public ListOptions requestTimeTarget(Duration value) {
    requirePositive("requestTimeTarget", value);
    return new ListOptions(
        strategy, pageSize, maxPages, maxBatchCalls, value, operatingBudget, operatingThreshold,
        progress);
  }

  /**
   * The method's operating limit (accumulated execution time over ten minutes, {@code limits.md})
   * and the share of it the walk may use before it slows down: first smaller batches, then a wait
   * until the oldest minute basket resets ({@code operating_reset_at}).
   *
   * @param budget the limit the portal applies to the method (480 s in the docs' example)
   * @param threshold the share of {@code budget} to stay under, above 0 and at most 1
   * @throws IllegalArgumentException if out of range
   */
  public ListOptions operatingBudget(Duration budget, double threshold) {
    requirePositive("operating budget", budget);
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("operating threshold must be above 0 and at most 1, got " + threshold);
    }
    return new ListOptions(
        strategy, pageSize, maxPages, maxBatchCalls, requestTimeTarget, budget, threshold,
        progress);
  }

  /** Told of the figures after every HTTP request. */
  public ListOptions progress(ListProgress value) {
    return new ListOptions(
        strategy, pageSize, maxPages, maxBatchCalls, requestTimeTarget, operatingBudget,
        operatingThreshold, Objects.requireNonNull(value, "progress"));
  }

  /** The chosen strategy; empty for the one the spec suggests. */
  public Optional<ListStrategy> strategy() {
    return Optional.ofNullable(strategy);
  }

  /** Records per page; 0 for the method's maximum. */
  public int pageSize() {
    return pageSize;
  }

  /** The most pages fetched. */
  public int maxPages() {
    return maxPages;
  }

  /** The most calls per batch. */
  public int maxBatchCalls() {
    return maxBatchCalls;
  }

  /** The processing time one batch should stay near. */
  public Duration requestTimeTarget() {
    return requestTimeTarget;
  }

  /** The method's operating limit. */
  public Duration operatingBudget() {
    return operatingBudget;
  }

  /** The share of the operating limit the walk stays under. */
  public double operatingThreshold() {
    return operatingThreshold;
  }

  /** The progress listener. */
  public ListProgress progress() {
    return progress;
  }

  private static void requirePositive(String what, Duration value) {
    Objects.requireNonNull(value, what);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(what + " must be positive, got " + value);
    }
  }

  @Override
  public String toString() {
    return "ListOptions[strategy="
        + (strategy == null ? "from spec" : strategy)
        + ", pageSize=" + (pageSize == 0 ? "max" : pageSize)
        + ", maxPages=" + maxPages
        + ", maxBatchCalls=" + maxBatchCalls
        + ", requestTimeTarget=" + requestTimeTarget
        + ", operatingBudget=" + operatingBudget + " x " + operatingThreshold
        + "]";
  }
}
