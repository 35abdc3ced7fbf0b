/** Retry decisions, backoff policies and Idempotency-Key handling. */
@NullMarked
package io.b24rest.runtime.retry;

import org.jspecify.annotations.NullMarked;
