package io.b24rest.runtime.auth;

import io.b24rest.core.Bitrix24Exception;
import io.b24rest.runtime.logging.Redactor;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Holds the current OAuth token pair of one client and refreshes it single-flight: the threads that
 * saw the same access token expire wait for one refresh; a thread whose token was already replaced
 * returns at once and retries with the new one.
 */
public final class TokenStore {
  private final ReentrantLock refreshLock = new ReentrantLock();
  private final @Nullable TokenRefresher refresher;
  private final Consumer<OAuthTokens> onChange;
  private final Redactor redactor;
  private volatile OAuthTokens current;

  /** The access token whose refresh failed, so that its other waiters fail without a new try. */
  private @Nullable String failedToken;

  private @Nullable Bitrix24Exception failure;

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
    refreshLock.lock();
    try {
      OAuthTokens now = current;
      if (expired != null && !expired.equals(now.accessToken())) {
        return;
      }
      if (failure != null && now.accessToken().equals(failedToken)) {
        throw failure;
      }
      OAuthTokens fresh = callRefresher(now);
      current = fresh;
      failedToken = null;
      failure = null;
      onChange.accept(fresh);
    } catch (Bitrix24Exception e) {
      failedToken = current.accessToken();
      failure = e;
      throw e;
    } finally {
      refreshLock.unlock();
    }
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
