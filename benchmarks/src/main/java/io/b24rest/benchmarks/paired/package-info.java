/**
 * Benchmark 2b: the ratios of benchmarks 1 and 2 measured in alternating rounds, which a busy
 * machine distorts less.
 */
package io.b24rest.benchmarks.paired;
