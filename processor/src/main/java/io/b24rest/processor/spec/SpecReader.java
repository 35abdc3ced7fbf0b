package io.b24rest.processor.spec;

import java.util.List;

/**
 * Reads spec files into a validated {@link io.b24rest.processor.model.SpecModel}: parse, then
 * validate everything, then build the model. Used by the annotation processor and, at run time,
 * by the testkit; it depends on nothing of {@code javax.annotation.processing}.
 */
public final class SpecReader {
  private SpecReader() {}

  /** Reads the given spec files (method files, types files and the error catalogue). */
  public static SpecReadResult read(List<SpecSource> sources) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * Reads every spec listed in the class path index {@code indexResource} (for example
   * {@code bitrix24/spec/index.txt}) through {@code loader}.
   */
  public static SpecReadResult readClassPath(ClassLoader loader, String indexResource) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
