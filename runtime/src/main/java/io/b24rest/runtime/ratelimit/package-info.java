/** Client-side pacing of the portal's leaky bucket and the per-method operating-limit figures. */
@NullMarked
package io.b24rest.runtime.ratelimit;

import org.jspecify.annotations.NullMarked;
