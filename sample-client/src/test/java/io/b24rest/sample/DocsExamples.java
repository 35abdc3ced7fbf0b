package io.b24rest.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.spec.compiled.ClassPathCompiledSpecs;
import io.b24rest.spec.model.Example;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.testsupport.JsonTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The documented examples of the specs on the class path, as the processor compiled them. */
final class DocsExamples {
  private static final Map<String, MethodModel> METHODS = load();

  private DocsExamples() {}

  /** The docs' request body of {@code method}, or {@code {}} when it documents none. */
  static String request(String method) {
    return method(method).requestExample().orElse("{}");
  }

  /** The docs' 200 answer of {@code method}, as JSON text. */
  static String okAnswer(String method) {
    return answer(method, 200);
  }

  /** The {@code result} of the docs' 200 answer of {@code method}. */
  static JsonNode okResult(String method) {
    try {
      return JsonOutput.MAPPER.readTree(okAnswer(method)).get("result");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code result} of the docs' 200 answer of {@code method} without {@code null} members: what
   * {@code call --json} must print (the client sends and prints no {@code null}s).
   */
  static JsonNode okResultWithoutNulls(String method) {
    return JsonTrees.withoutNulls(okResult(method));
  }

  /** The names of every method of the specs. */
  static Set<String> methodNames() {
    return METHODS.keySet();
  }

  /** The docs' answer with {@code status} of {@code method}, as JSON text. */
  static String answer(String method, int status) {
    return method(method).responseExample(status)
        .map(Example::json)
        .orElseThrow(() -> new AssertionError(method + " documents no " + status + " answer"));
  }

  private static MethodModel method(String name) {
    MethodModel method = METHODS.get(name);
    if (method == null) {
      throw new AssertionError("no spec for " + name);
    }
    return method;
  }

  private static Map<String, MethodModel> load() {
    // The compiled specs b24-runtime carries: what the testkit serves.
    SpecModel model = ClassPathCompiledSpecs.read(DocsExamples.class.getClassLoader());
    return model.methods().stream()
        .collect(Collectors.toMap(MethodModel::name, Function.identity()));
  }
}
