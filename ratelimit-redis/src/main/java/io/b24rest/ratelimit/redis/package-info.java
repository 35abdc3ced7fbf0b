/**
 * Pacing state in Redis, shared by every process that calls the same portal: {@link
 * io.b24rest.ratelimit.redis.RedisPacing} is the {@link io.b24rest.runtime.ratelimit.PacingBackend}
 * to give the client builder.
 */
@NullMarked
package io.b24rest.ratelimit.redis;

import org.jspecify.annotations.NullMarked;
