package io.b24rest.spec.reader;

import io.b24rest.spec.model.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code examples} of a method file: the request body and the answers, as JSON. */
final class ExampleReader {
  private final SpecFile file;

  ExampleReader(SpecFile file) {
    this.file = file;
  }

  /** The request example and the response examples. */
  record Examples(Optional<String> request, List<Example> responses) {}

  Examples read(YamlMapping method) {
    Optional<YamlMapping> found = method.node("examples").flatMap(n -> YamlMapping.of(file, n, "'examples'"));
    if (found.isEmpty()) {
      return new Examples(Optional.empty(), List.of());
    }
    YamlMapping examples = found.get().expect("'examples'", List.of("request", "responses"), List.of("responses"));
    Optional<String> request = examples.node("request").flatMap(n -> JsonText.of(file, n, "the request example"));
    List<Example> responses = new ArrayList<>();
    List<Node> items = examples.list("responses").orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      String label = "response example " + (i + 1);
      YamlMapping.of(file, items.get(i), label)
          .ifPresent(response -> readResponse(response.expect(label, List.of("status", "body"), List.of("status", "body")), label)
              .ifPresent(responses::add));
    }
    return new Examples(request, responses);
  }

  private Optional<Example> readResponse(YamlMapping response, String label) {
    Optional<Integer> status =
        response
            .integer("status", "write the HTTP status of the answer, for example 'status: 200'")
            .filter(
                s -> {
                  boolean http = s.value() >= 100 && s.value() <= 599;
                  if (!http) {
                    file.report(
                        s.location(),
                        "status " + s.value() + " of " + label + " is not an HTTP status",
                        "write a status from 100 to 599, for example 200");
                  }
                  return http;
                })
            .map(Located::value);
    Optional<String> body = response.node("body").flatMap(n -> JsonText.of(file, n, "the body of " + label));
    return status.flatMap(s -> body.map(b -> new Example(s, b)));
  }
}
