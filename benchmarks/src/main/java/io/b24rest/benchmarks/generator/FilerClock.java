package io.b24rest.benchmarks.generator;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
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
 * rendering. Reading through {@link #getResource} is the processor's reading and is not counted.
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
    long start = CpuTime.ofThisThread();
    try {
      return new TimedJavaFile(delegate.createSourceFile(name, originatingElements));
    } finally {
      cpuNanos += CpuTime.ofThisThread() - start;
    }
  }

  @Override
  public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
      throws IOException {
    long start = CpuTime.ofThisThread();
    try {
      return new TimedJavaFile(delegate.createClassFile(name, originatingElements));
    } finally {
      cpuNanos += CpuTime.ofThisThread() - start;
    }
  }

  @Override
  public FileObject createResource(
      JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName,
      Element... originatingElements) throws IOException {
    long start = CpuTime.ofThisThread();
    try {
      return new TimedFile(delegate.createResource(location, moduleAndPkg, relativeName, originatingElements));
    } finally {
      cpuNanos += CpuTime.ofThisThread() - start;
    }
  }

  @Override
  public FileObject getResource(
      JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
      throws IOException {
    return delegate.getResource(location, moduleAndPkg, relativeName);
  }

  private Writer timed(Writer writer) {
    return new FilterWriter(writer) {
      @Override
      public void write(int c) throws IOException {
        long start = CpuTime.ofThisThread();
        try {
          out.write(c);
        } finally {
          cpuNanos += CpuTime.ofThisThread() - start;
        }
      }

      @Override
      public void write(char[] chars, int offset, int length) throws IOException {
        long start = CpuTime.ofThisThread();
        try {
          out.write(chars, offset, length);
        } finally {
          cpuNanos += CpuTime.ofThisThread() - start;
        }
      }

      @Override
      public void write(String text, int offset, int length) throws IOException {
        long start = CpuTime.ofThisThread();
        try {
          out.write(text, offset, length);
        } finally {
          cpuNanos += CpuTime.ofThisThread() - start;
        }
      }

      @Override
      public void close() throws IOException {
        long start = CpuTime.ofThisThread();
        try {
          out.close();
        } finally {
          cpuNanos += CpuTime.ofThisThread() - start;
        }
      }
    };
  }

  private Writer openTimed(FileObject file) throws IOException {
    long start = CpuTime.ofThisThread();
    try {
      return timed(file.openWriter());
    } finally {
      cpuNanos += CpuTime.ofThisThread() - start;
    }
  }

  private final class TimedJavaFile extends ForwardingJavaFileObject<JavaFileObject> {
    TimedJavaFile(JavaFileObject file) {
      super(file);
    }

    @Override
    public Writer openWriter() throws IOException {
      return openTimed(fileObject);
    }

    @Override
    public OutputStream openOutputStream() throws IOException {
      throw new UnsupportedOperationException("the spec processor writes text");
    }
  }

  private final class TimedFile extends ForwardingFileObject<FileObject> {
    TimedFile(FileObject file) {
      super(file);
    }

    @Override
    public Writer openWriter() throws IOException {
      return openTimed(fileObject);
    }

    @Override
    public OutputStream openOutputStream() throws IOException {
      throw new UnsupportedOperationException("the spec processor writes text");
    }
  }
}
