/**
 * Benchmark 1: decoding the seed's documented answer into the generated records, against hand-
 * written POJOs and Jackson's tree model.
 */
package io.b24rest.benchmarks.decode;
