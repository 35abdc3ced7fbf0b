package io.b24rest.core;

/**
 * Whether a Bitrix24 method only reads data or changes it.
 *
 * <p>The kind decides how a failed call may be repeated: a read is retried freely, a write only
 * with an {@code Idempotency-Key}, so that Bitrix24 replays the stored answer instead of running
 * the method twice.
 */
public enum MethodKind {
  /** Reads data; repeating it changes nothing. */
  READ,
  /** Creates, modifies or deletes data; repeated only under the same Idempotency-Key. */
  WRITE
}
