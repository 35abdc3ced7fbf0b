package io.b24rest.spec.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code errors} list of a method file or of the catalogue. */
final class ErrorReader {
  private static final List<String> METHOD_KEYS = List.of("code", "field", "description", "fix", "status", "exception");
  private static final List<String> METHOD_REQUIRED = List.of("code", "description", "fix");
  private static final List<String> CATALOGUE_KEYS = List.of("code", "status", "exception", "description", "fix");

  private final SpecFile file;
  private final FieldReader texts;

  ErrorReader(SpecFile file) {
    this.file = file;
    this.texts = new FieldReader(file);
  }

  /** The errors under {@code errors}; catalogue entries must give status and exception. */
  List<ErrorDraft> read(YamlMapping mapping, boolean catalogue) {
    List<ErrorDraft> errors = new ArrayList<>();
    for (Node item : mapping.list("errors").orElse(List.of())) {
      YamlMapping.of(file, item, "an error").ifPresent(error -> errors.add(readError(error, catalogue)));
    }
    return errors;
  }

  /** {@code field: id} or {@code field: [dateFrom, dateTo]}. */
  private List<Located<String>> fields(YamlMapping error) {
    Optional<Node> value = error.node("field");
    if (value.isEmpty()) {
      return List.of();
    }
    if (value.get() instanceof SequenceNode sequence) {
      List<Located<String>> fields = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        if (item instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL) && !scalar.getValue().isBlank()) {
          fields.add(new Located<>(scalar.getValue(), file.at(item)));
        } else {
          file.report(
              item,
              "an item of 'field' of " + error.what() + " must be a param name, not " + YamlMapping.kindOf(item),
              "write the names of the params at fault, for example 'field: [dateFrom, dateTo]'");
        }
      }
      if (fields.isEmpty() && sequence.getValue().isEmpty()) {
        file.report(
            value.get(),
            "'field' of " + error.what() + " is an empty list",
            "name the params at fault, or leave 'field' out");
      }
      return fields;
    }
    return error.text("field").stream().toList();
  }

  private ErrorDraft readError(YamlMapping error, boolean catalogue) {
    String label = error.peekText("code").map(c -> "error '" + c + "'").orElse("an error");
    if (catalogue) {
      error.expect(label, CATALOGUE_KEYS, CATALOGUE_KEYS);
    } else {
      error.expect(label, METHOD_KEYS, METHOD_REQUIRED);
    }
    Optional<Located<Integer>> status = error.integer("status", "write the HTTP status, for example 'status: 400'");
    status
        .filter(s -> s.value() < 100 || s.value() > 599)
        .ifPresent(
            s -> file.report(
                s.location(),
                "status " + s.value() + " of " + label + " is not an HTTP status",
                "write a status from 100 to 599, for example 400"));
    return new ErrorDraft(
        texts.nonEmpty(error, "code", "write the code exactly as the portal sends it"),
        fields(error),
        error.text("description").map(Located::value).orElse(""),
        error.text("fix").map(Located::value).orElse(""),
        status,
        error.text("exception"),
        error.location());
  }
}
