/**
 * Benchmark 3: time inside the spec processor and of the whole javac run, against javac with
 * -proc:none.
 */
package io.b24rest.benchmarks.generator;
