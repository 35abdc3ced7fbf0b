/**
 * How a call's options and listeners reach the parts of the pipeline that act on them: the view's
 * {@link io.b24rest.runtime.CallOptions} ({@link io.b24rest.runtime.call.CallScope}, {@link
 * io.b24rest.runtime.call.CallHeaders}) and the figures the {@link
 * io.b24rest.runtime.CallListener}s get ({@link io.b24rest.runtime.call.CallTracking}, {@link io.b24rest.runtime.call.ActiveCall}).
 * Internal: not an API to call.
 */
@NullMarked
package io.b24rest.runtime.call;

import org.jspecify.annotations.NullMarked;
