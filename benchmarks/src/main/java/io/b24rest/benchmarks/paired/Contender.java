package io.b24rest.benchmarks.paired;

/**
 * One way of doing the measured operation.
 *
 * @param name shown in the results
 * @param operation one operation; its result is checked so the JIT cannot drop it
 */
record Contender(String name, Operation operation) {
  /** One operation that returns something. */
  @FunctionalInterface
  interface Operation {
    Object run() throws Exception;
  }
}
