package io.b24rest.benchmarks.generator;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** CPU time of the current thread, or wall time where the JVM cannot measure it. */
final class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported();

  private CpuTime() {}

  /**
   * CPU time of the whole process, all threads (helper threads of the processor included, and
   * javac's, the JIT's and the collector's); 0 where the JVM cannot measure it.
   */
  static long ofProcess() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  static long ofThisThread() {
    return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }
}
