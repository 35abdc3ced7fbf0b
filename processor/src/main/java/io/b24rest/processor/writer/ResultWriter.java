package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.b24rest.spec.model.MethodModel;
import java.util.Set;

/** Writes the result record of a method: the typed {@code result} of its answer. */
final class ResultWriter {
  private final ApiNames names;
  private final RecordWriter records;

  ResultWriter(ApiNames names, RecordWriter records) {
    this.names = names;
    this.records = records;
  }

  JavaFile write(MethodModel method) {
    ClassName name = names.result(method);
    String description =
        "The result of {@code " + JavadocText.escape(method.name()) + "}: "
            + JavadocText.of(method.resultDescription())
            + "\n\n<p>Scope {@code " + JavadocText.escape(method.scope()) + "}.";
    var type =
        records
            .write(
                name,
                description,
                method.result(),
                method.scope(),
                RecordWriter.Role.RESPONSE,
                method.name(),
                Set.of())
            .type()
            .addJavadoc(ApiInterfaceWriter.docsLink(method));
    return GeneratedFiles.of(name.packageName(), type.build());
  }
}
