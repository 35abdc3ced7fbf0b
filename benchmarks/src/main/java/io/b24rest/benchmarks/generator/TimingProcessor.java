package io.b24rest.benchmarks.generator;

import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Wraps a processor and adds up the wall and CPU time spent inside its {@code init} and {@code
 * process} calls: the processor's own cost (including the javac Filer and Elements work it asks
 * for), without javac's parsing, attribution and code generation of the sources it writes. CPU time
 * is the calling thread's, which javac runs processors on, and what a busy machine distorts least;
 * the process's CPU time inside the same calls adds the work the processor hands to helper threads.
 * The part of the calling thread's CPU time spent in javac's {@code Filer} is counted on its own
 * ({@link FilerClock}).
 */
final class TimingProcessor implements Processor {
  private final Processor delegate;
  private long nanos;
  private long cpuNanos;
  private long processCpuNanos;
  private FilerClock filer;

  TimingProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  /** Wall time spent inside the delegate so far. */
  long nanos() {
    return nanos;
  }

  /** CPU time spent inside the delegate so far. */
  long cpuNanos() {
    return cpuNanos;
  }

  /** CPU time of the calling thread spent in javac's {@code Filer} so far, a part of {@link #cpuNanos}. */
  long filerCpuNanos() {
    return filer == null ? 0 : filer.cpuNanos();
  }

  /**
   * CPU time of all the process's threads while inside the delegate so far: the calling thread's
   * plus whatever work the delegate hands to threads of its own.
   */
  long processCpuNanos() {
    return processCpuNanos;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public void init(ProcessingEnvironment processingEnv) {
    long start = System.nanoTime();
    long cpuStart = CpuTime.ofThisThread();
    long processStart = CpuTime.ofProcess();
    try {
      filer = new FilerClock(processingEnv.getFiler());
      delegate.init(new ClockedEnvironment(processingEnv, filer));
    } finally {
      nanos += System.nanoTime() - start;
      cpuNanos += CpuTime.ofThisThread() - cpuStart;
      processCpuNanos += CpuTime.ofProcess() - processStart;
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    long start = System.nanoTime();
    long cpuStart = CpuTime.ofThisThread();
    long processStart = CpuTime.ofProcess();
    try {
      return delegate.process(annotations, roundEnv);
    } finally {
      nanos += System.nanoTime() - start;
      cpuNanos += CpuTime.ofThisThread() - cpuStart;
      processCpuNanos += CpuTime.ofProcess() - processStart;
    }
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
