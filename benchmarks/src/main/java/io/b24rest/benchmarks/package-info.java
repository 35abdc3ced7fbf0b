/**
 * Benchmarks of the generated client and the generator, each against a baseline measured in the
 * same run: {@code decode} and {@code call} are JMH benchmarks; {@code generator} and {@code pacing}
 * are plain harness mains. See the module's README.md for how to run them.
 */
package io.b24rest.benchmarks;
