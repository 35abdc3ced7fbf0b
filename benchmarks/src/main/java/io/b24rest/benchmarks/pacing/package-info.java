/**
 * Benchmark 4: calls completed against the testkit's leaky bucket, against the theoretical
 * maximum X + Y·t.
 */
package io.b24rest.benchmarks.pacing;
