package io.b24rest.benchmarks.generator;

/**
 * One in-process javac run over the anchor source.
 *
 * @param javacNanos wall time of the whole compilation task
 * @param javacCpuNanos CPU time of the whole compilation task (javac runs on the calling thread)
 * @param processorNanos wall time inside the spec processor (0 with {@code -proc:none})
 * @param processorCpuNanos CPU time inside the spec processor (0 with {@code -proc:none})
 * @param generatedSources Java files the processor wrote
 */
record CompileRun(
    long javacNanos,
    long javacCpuNanos,
    long processorNanos,
    long processorCpuNanos,
    int generatedSources) {}
