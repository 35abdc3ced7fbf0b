/**
 * Client-side pacing settings ({@link io.b24rest.runtime.ratelimit.RateLimit}) and the SPI of where
 * pacing state lives ({@link io.b24rest.runtime.ratelimit.PacingBackend}, {@link
 * io.b24rest.runtime.ratelimit.Pacer}).
 */
@NullMarked
package io.b24rest.runtime.ratelimit;

import org.jspecify.annotations.NullMarked;
