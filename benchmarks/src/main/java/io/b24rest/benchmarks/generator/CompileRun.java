package io.b24rest.benchmarks.generator;

/**
 * One in-process javac run over the anchor source.
 *
 * @param javacNanos wall time of the whole compilation task
 * @param javacCpuNanos CPU time of the whole compilation task (javac runs on the calling thread)
 * @param processorNanos wall time inside the spec processor (0 with {@code -proc:none})
 * @param processorCpuNanos CPU time inside the spec processor (0 with {@code -proc:none})
 * @param processorFilerCpuNanos the part of {@code processorCpuNanos} spent in javac's {@code Filer}
 *     creating and writing the files (0 with {@code -proc:none})
 * @param processorProcessCpuNanos CPU time of all threads while inside the spec processor, its
 *     helper threads included (0 with {@code -proc:none})
 * @param generatedSources Java files the processor wrote
 */
record CompileRun(
    long javacNanos,
    long javacCpuNanos,
    long processorNanos,
    long processorCpuNanos,
    long processorFilerCpuNanos,
    long processorProcessCpuNanos,
    int generatedSources) {}
