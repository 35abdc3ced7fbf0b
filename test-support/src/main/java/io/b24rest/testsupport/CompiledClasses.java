package io.b24rest.testsupport;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The classes of an in-memory compilation (Google compile-testing), loaded: the tests that
 * generate code from specs then call it.
 */
public final class CompiledClasses {
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private CompiledClasses() {}

  /**
   * A class loader that defines the compilation's classes, asking {@code parent} first (so the
   * generated code shares the test's own classes: the client's types, Jackson).
   *
   * @param compilation a compilation without errors
   * @param parent the loader of everything the compilation did not produce
   * @return the loader
   * @throws AssertionError if the compilation has errors, with the errors
   */
  public static ClassLoader loader(Compilation compilation, ClassLoader parent) {
    if (compilation.status() != Compilation.Status.SUCCESS) {
      throw new AssertionError("the compilation failed: " + compilation.errors());
    }
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        classes.put(binaryName(file), bytes(file));
      }
    }
    return new ClassLoader(parent) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }

  /** compile-testing's class files live at {@code mem:///CLASS_OUTPUT/a/b/C.class}. */
  private static String binaryName(JavaFileObject file) {
    String path = file.toUri().getPath();
    return path.substring(
            path.indexOf(CLASS_OUTPUT) + CLASS_OUTPUT.length(), path.length() - ".class".length())
        .replace('/', '.');
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
