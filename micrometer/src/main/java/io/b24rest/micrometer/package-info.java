/**
 * Micrometer for the Bitrix24 client: {@link io.b24rest.micrometer.Bitrix24Metrics} records calls,
 * retries, rate-limit waits, 503/429 answers and the operating time per method; {@link
 * io.b24rest.micrometer.Bitrix24Observations} makes one Observation (a span through a tracing
 * bridge) per call. Both are {@link io.b24rest.runtime.CallListener}s for the client builder.
 */
@NullMarked
package io.b24rest.micrometer;

import org.jspecify.annotations.NullMarked;
