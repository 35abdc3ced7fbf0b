/** Retry decisions, backoff policies and Idempotency-Key handling. */
package io.b24rest.runtime.retry;
