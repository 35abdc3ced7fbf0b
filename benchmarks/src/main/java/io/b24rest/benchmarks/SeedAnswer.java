package io.b24rest.benchmarks;

import io.b24rest.spec.model.Example;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import java.nio.charset.StandardCharsets;

/**
 * The seed method's documented 200 answer, read from its spec on the class path with the same
 * {@link SpecReader} the generator uses, so that the benchmarks decode exactly what the docs show.
 */
public final class SeedAnswer {
  /** The seed method. */
  public static final String METHOD = "humanresources.node.communication.list";

  /** The spec index of {@code b24-spec}. */
  public static final String INDEX = "bitrix24/spec/index.txt";

  private SeedAnswer() {}

  /** The documented 200 body of {@link #METHOD}, as UTF-8 JSON. */
  public static byte[] body() {
    SpecReadResult read = SpecReader.readClassPath(SeedAnswer.class.getClassLoader(), INDEX);
    if (!read.diagnostics().isEmpty() || read.model().isEmpty()) {
      throw new IllegalStateException("the specs on the class path do not read: " + read.diagnostics());
    }
    MethodModel method =
        read.model().get().methods().stream()
            .filter(m -> m.name().equals(METHOD))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(METHOD + " is not among the specs"));
    return method.responseExamples().stream()
        .filter(example -> example.status() == 200)
        .map(Example::json)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(METHOD + " documents no 200 answer"))
        .getBytes(StandardCharsets.UTF_8);
  }
}
