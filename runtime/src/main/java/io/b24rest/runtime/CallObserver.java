package io.b24rest.runtime;

/**
 * Follows one call, from the {@link CallListener} that started it: one {@link
 * #attemptFinished(AttemptEvent)} per HTTP attempt that was sent, then one {@link
 * #callFinished(CallEnd)}, all on the calling thread.
 */
public interface CallObserver {
  /** The observer that ignores the call. */
  CallObserver NONE = new CallObserver() {};

  /**
   * An attempt has its outcome: an answer, or a transport failure, and whether it is retried.
   *
   * @param attempt the attempt
   */
  default void attemptFinished(AttemptEvent attempt) {}

  /**
   * The call is over, with its result or its exception.
   *
   * @param end how it ended
   */
  default void callFinished(CallEnd end) {}
}
