/**
 * How a call's options and listeners reach the parts of the pipeline that act on them: the view's
 * {@link io.b24rest.runtime.CallOptions} (timeout, headers, idempotency key) and the figures the
 * {@link io.b24rest.runtime.CallListener}s get.
 *
 * <p>Internal: not part of the API, may change without notice.
 */
@NullMarked
package io.b24rest.runtime.internal.call;

import org.jspecify.annotations.NullMarked;
