package io.b24rest.runtime.internal.auth;

import io.b24rest.core.Bitrix24Exception;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.auth.TokenRefreshException;
import io.b24rest.runtime.auth.TokenRefresher;
import io.b24rest.runtime.internal.logging.Redactor;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Holds the current OAuth token pair of one client and refreshes it single-flight: the threads that
 * saw the same access token expire wait for one refresh; a thread whose token was already replaced
 * returns at once and retries with the new one.
 *
 * <p>A failed refresh does not stick: the threads that waited for it share its failure, calls in
 * the next {@link #FIRST_RETRY_DELAY} (doubled per failure in a row, at most {@link
 * #MAX_RETRY_DELAY}) fail at once with it, and the first call after that tries again.
 */
public final class TokenStore {
  /** How long after a failed refresh the next one may be tried; doubled per further failure. */
  public static final Duration FIRST_RETRY_DELAY = Duration.ofSeconds(1);

  private final ReentrantLock refreshLock = new ReentrantLock();
  private final @Nullable TokenRefresher refresher;
  private final Consumer<OAuthTokens> onChange;
  private final Redactor redactor;
  private volatile OAuthTokens current;

  /** The longest wait between two refreshes that fail. */
  public static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);

  /** The access token whose last refresh failed, and that failure. */
  private @Nullable String failedToken;

  private @Nullable Bitrix24Exception failure;

  /** Refreshes that failed in a row, and when the next may be tried. */
  private int failuresInARow;

  private long retryNotBeforeNanos;

  /** Refreshes tried so far: a waiter that sees it change shares the outcome it waited for. */
  private volatile long attempts;

  /**
   * @param initial the pair to start with
   * @param refresher buys a new pair; null when the caller cannot refresh
   * @param onChange told about every pair this store takes on, including {@code initial}
   */
  public TokenStore(
      OAuthTokens initial, @Nullable TokenRefresher refresher, Consumer<OAuthTokens> onChange) {
    this(initial, refresher, new Redactor(), onChange);
  }

  /**
   * @param initial the pair to start with
   * @param refresher buys a new pair; null when the caller cannot refresh
   * @param redactor learns every pair's tokens, and masks them (and any it knew) in the messages of
   *     a failed refresh
   */
  public TokenStore(OAuthTokens initial, @Nullable TokenRefresher refresher, Redactor redactor) {
    this(initial, refresher, redactor, pair -> {});
  }

  private TokenStore(
      OAuthTokens initial,
      @Nullable TokenRefresher refresher,
      Redactor redactor,
      Consumer<OAuthTokens> onChange) {
    this.current = Objects.requireNonNull(initial, "initial");
    this.refresher = refresher;
    this.redactor = Objects.requireNonNull(redactor, "redactor");
    this.onChange =
        pair -> {
          redactor.addSecret(pair.accessToken());
          redactor.addSecret(pair.refreshToken());
          onChange.accept(pair);
        };
    this.onChange.accept(initial);
  }

  /** The current access token. */
  public String accessToken() {
    return current.accessToken();
  }

  /** The current token pair. */
  public OAuthTokens tokens() {
    return current;
  }

  /** Whether a refresher was supplied. */
  public boolean canRefresh() {
    return refresher != null;
  }

  /**
   * Makes sure the access token {@code expired} is no longer current: refreshes it unless another
   * thread already did.
   *
   * @param expired the access token the portal rejected; null if unknown
   * @throws Bitrix24Exception if the refresh failed
   */
  public void refreshAfterExpiry(@Nullable String expired) {
    if (refresher == null) {
      throw new TokenRefreshException("the access token expired and no TokenRefresher is set");
    }
    long seen = attempts;
    refreshLock.lock();
    try {
      OAuthTokens now = current;
      if (expired != null && !expired.equals(now.accessToken())) {
        return;
      }
      if (failure != null && now.accessToken().equals(failedToken)) {
        // The refresh this thread waited for failed, or one failed a moment ago: share that
        // outcome rather than ask the OAuth server again at once.
        if (attempts != seen || System.nanoTime() - retryNotBeforeNanos < 0) {
          throw failure;
        }
      }
      attempts = attempts + 1; // written under the lock only
      OAuthTokens fresh;
      try {
        fresh = callRefresher(now);
      } catch (Bitrix24Exception e) {
        failedToken = now.accessToken();
        failure = e;
        failuresInARow++;
        retryNotBeforeNanos = System.nanoTime() + retryDelay(failuresInARow).toNanos();
        throw e;
      }
      current = fresh;
      failedToken = null;
      failure = null;
      failuresInARow = 0;
      onChange.accept(fresh);
    } finally {
      refreshLock.unlock();
    }
  }

  /** {@link #FIRST_RETRY_DELAY}, doubled per further failure, at most {@link #MAX_RETRY_DELAY}. */
  static Duration retryDelay(int failuresInARow) {
    int shift = Math.min(Math.max(failuresInARow - 1, 0), 10);
    Duration delay = FIRST_RETRY_DELAY.multipliedBy(1L << shift);
    return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
  }

  private OAuthTokens callRefresher(OAuthTokens now) {
    OAuthTokens fresh;
    try {
      fresh = Objects.requireNonNull(refresher).refresh(now);
    } catch (Bitrix24Exception e) {
      if (!redactor.holdsSecret(e)) {
        throw e;
      }
      throw masked(e);
    } catch (RuntimeException e) {
      throw masked(e);
    }
    if (fresh == null) {
      throw new TokenRefreshException("the TokenRefresher returned no tokens");
    }
    return fresh;
  }

  /**
   * A caller's refresher may word its failure with the very tokens it failed to use: keep its
   * class and message, masked, and its cause chain, masked too.
   */
  private TokenRefreshException masked(RuntimeException e) {
    String message = e.getMessage();
    return new TokenRefreshException(
        "the TokenRefresher failed: "
            + e.getClass().getSimpleName()
            + (message == null || message.isBlank() ? "" : ": " + redactor.redact(message)),
        redactor.redactChain(e));
  }

  @Override
  public String toString() {
    return "TokenStore[" + current + "]";
  }
}
