package io.b24rest.api;

import io.b24rest.core.spi.MethodDescriptor;
import io.b24rest.spec.model.ErrorCode;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.processor.writer.ApiNames;
import java.util.List;

/**
 * The specs this module was generated from, read again from the class path, and the links from a
 * spec to the generated Java: the method's descriptor and the exception class of an error code.
 */
final class SpecExamples {
  private static final SpecModel MODEL = read();
  private static final ApiNames NAMES = new ApiNames("io.b24rest.api", MODEL);

  private SpecExamples() {}

  /** Every method of the specs, sorted by name. */
  static List<MethodModel> methods() {
    return MODEL.methods();
  }

  /** The generated descriptor of {@code method}; fails if the generated API lacks it. */
  static MethodDescriptor descriptor(MethodModel method) {
    return Bitrix24Methods.find(method.name())
        .orElseThrow(() -> new AssertionError("no generated method for " + method.name()));
  }

  /** The generated exception class of {@code code}; fails if the code has none. */
  static Class<?> exceptionOf(String code) {
    ErrorCode known =
        MODEL.errorCodes().stream()
            .filter(c -> c.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no spec declares the error code " + code));
    String name = NAMES.exception(known).canonicalName();
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("the exception " + name + " of " + code + " was not generated", e);
    }
  }

  private static SpecModel read() {
    SpecReadResult read =
        SpecReader.readClassPath(SpecExamples.class.getClassLoader(), "bitrix24/spec/index.txt");
    return read.model()
        .orElseThrow(() -> new AssertionError("the specs do not read: " + read.diagnostics()));
  }
}
