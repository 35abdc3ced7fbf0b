/**
 * Client-side pacing of the portal's leaky bucket (the local back end, its buckets and per-method
 * blocks) and the per-method operating-limit figures.
 *
 * <p>Internal: not part of the API, may change without notice.
 */
@NullMarked
package io.b24rest.runtime.internal.ratelimit;

import org.jspecify.annotations.NullMarked;
