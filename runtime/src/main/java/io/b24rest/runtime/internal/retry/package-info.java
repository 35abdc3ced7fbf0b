/**
 * The retryer, its retry reasons, Retry-After reading and Idempotency-Key handling.
 *
 * <p>Internal: not part of the API, may change without notice.
 */
@NullMarked
package io.b24rest.runtime.internal.retry;

import org.jspecify.annotations.NullMarked;
