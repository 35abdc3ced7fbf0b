package io.b24rest.ratelimit.redis;

/** A Redis command that failed or did not answer within the command timeout. */
final class RedisUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  RedisUnavailableException(Throwable cause) {
    super(cause.getClass().getSimpleName(), cause);
  }
}
