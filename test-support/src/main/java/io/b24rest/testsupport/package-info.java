/**
 * Helpers shared by the tests of several modules of this repository, so that each exists once: the
 * JSON tree comparisons of the round-trip tests ({@link io.b24rest.testsupport.JsonTrees}), a class
 * loader over classes compiled in memory ({@link io.b24rest.testsupport.CompiledClasses}), a real
 * redis-server on a loopback port ({@link io.b24rest.testsupport.EmbeddedRedis}) and the load of
 * the pacing tests ({@link io.b24rest.testsupport.ParallelCalls}).
 *
 * <p>Each helper's library (Jackson, compile-testing, embedded-redis) is a {@code provided}
 * dependency here: a module that uses a helper has that library among its own test dependencies.
 */
@NullMarked
package io.b24rest.testsupport;

import org.jspecify.annotations.NullMarked;
