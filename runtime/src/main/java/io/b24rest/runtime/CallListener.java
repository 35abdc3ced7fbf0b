package io.b24rest.runtime;

/**
 * Sees every call of a client: register one or more with {@link
 * Bitrix24ClientBuilder#listener(CallListener)} to add metrics, tracing, audit logs or your own
 * behaviour. A call is one invocation of a generated API method (or one batch), all its attempts
 * together; a default method such as {@code listAll} is seen as the calls it makes.
 *
 * <pre>{@code
 * CallListener slowCalls = call -> new CallObserver() {
 *   public void callFinished(CallEnd end) {
 *     if (end.duration().toSeconds() > 5) log.warn("{} took {}", end.method(), end.duration());
 *   }
 * };
 * Bitrix24Client client = Bitrix24Client.webhook(url).listener(slowCalls).build();
 * }</pre>
 *
 * <p>Every notification runs on the calling thread, in the call's own flow: keep it short. What a
 * listener or its observer throws is logged (its class name only) and otherwise ignored; it never
 * changes the call. Events hold the method name, figures and error codes, never the webhook secret,
 * a token or the request URL.
 */
@FunctionalInterface
public interface CallListener {

  /**
   * A call starts (before its first attempt waits for the rate limit).
   *
   * @param call what is called
   * @return what follows this one call (its attempts and its end), {@link CallObserver#NONE} to
   *     ignore it; the place for per-call state such as a timer sample or a span
   */
  CallObserver callStarted(CallStart call);
}
