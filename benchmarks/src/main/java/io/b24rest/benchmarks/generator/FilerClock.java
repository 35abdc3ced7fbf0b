package io.b24rest.benchmarks.generator;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.ForwardingFileObject;
import javax.tools.ForwardingJavaFileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * A {@link Filer} that adds up the CPU time of the calling thread spent in javac's {@code Filer}
 * while a file is created and written: {@code createSourceFile} (javac's name check and its
 * reopening check, which compares the new file with every file written before it) and the writer's
 * writes and close. What is left of the processor's time is its own work: reading, building and
 * rendering. Reading through {@link #getResource} is the processor's reading and is not counted;
 * nor are output streams, which the processor does not use (it writes every file as text).
 */
final class FilerClock implements Filer {
  private final Filer delegate;
  private long cpuNanos;

  FilerClock(Filer delegate) {
    this.delegate = delegate;
  }

  /** CPU time spent in javac's {@code Filer} so far. */
  long cpuNanos() {
    return cpuNanos;
  }

  @Override
  public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
      throws IOException {
    return new TimedJavaFile(clocked(() -> delegate.createSourceFile(name, originatingElements)));
  }

  @Override
  public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
      throws IOException {
    return new TimedJavaFile(clocked(() -> delegate.createClassFile(name, originatingElements)));
  }

  @Override
  public FileObject createResource(
      JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName,
      Element... originatingElements) throws IOException {
    return new TimedFile(clocked(
        () -> delegate.createResource(location, moduleAndPkg, relativeName, originatingElements)));
  }

  @Override
  public FileObject getResource(
      JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
      throws IOException {
    return delegate.getResource(location, moduleAndPkg, relativeName);
  }

  /** One call into javac's {@code Filer} or one of its files. */
  @FunctionalInterface
  private interface FilerCall<T> {
    T call() throws IOException;
  }

  /** One call into a file's writer, which returns nothing. */
  @FunctionalInterface
  private interface WriterCall {
    void call() throws IOException;
  }

  private <T> T clocked(FilerCall<T> call) throws IOException {
    long start = CpuTime.ofThisThread();
    try {
      return call.call();
    } finally {
      cpuNanos += CpuTime.ofThisThread() - start;
    }
  }

  private void clockedWrite(WriterCall call) throws IOException {
    clocked(() -> {
      call.call();
      return null;
    });
  }

  private Writer openClocked(FileObject file) throws IOException {
    Writer writer = clocked(file::openWriter);
    return new FilterWriter(writer) {
      @Override
      public void write(int c) throws IOException {
        clockedWrite(() -> out.write(c));
      }

      @Override
      public void write(char[] chars, int offset, int length) throws IOException {
        clockedWrite(() -> out.write(chars, offset, length));
      }

      @Override
      public void write(String text, int offset, int length) throws IOException {
        clockedWrite(() -> out.write(text, offset, length));
      }

      @Override
      public void close() throws IOException {
        clockedWrite(() -> out.close());
      }
    };
  }

  private final class TimedJavaFile extends ForwardingJavaFileObject<JavaFileObject> {
    TimedJavaFile(JavaFileObject file) {
      super(file);
    }

    @Override
    public Writer openWriter() throws IOException {
      return openClocked(fileObject);
    }
  }

  private final class TimedFile extends ForwardingFileObject<FileObject> {
    TimedFile(FileObject file) {
      super(file);
    }

    @Override
    public Writer openWriter() throws IOException {
      return openClocked(fileObject);
    }
  }
}
