package io.b24rest.spec.reader;

import io.b24rest.core.MethodKind;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads a method file ({@code <scope>/<method>.yaml}). */
final class MethodFileReader {
  private static final List<String> KEYS =
      List.of(
          "spec", "method", "scope", "kind", "access", "summary", "description", "docs", "notes",
          "params", "result", "types", "errors", "examples");
  private static final List<String> REQUIRED_KEYS =
      List.of("spec", "method", "scope", "kind", "access", "summary", "docs", "params", "result", "errors", "examples");
  private static final String WHAT = "the method";

  private final SpecFile file;
  private final FieldReader fields;

  MethodFileReader(SpecFile file) {
    this.file = file;
    this.fields = new FieldReader(file);
  }

  Optional<MethodDraft> read(Node root) {
    Optional<YamlMapping> found = FileRoot.open(file, root, WHAT, KEYS, REQUIRED_KEYS);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping method = found.get();
    Located<String> name = fields.nonEmpty(method, "method", "write the method name, the file name without '.yaml'");
    Located<String> scope = fields.nonEmpty(method, "scope", "write the scope, the name of the folder");
    Optional<Located<List<FieldDraft>>> params = fields.readList(method, "params", FieldReader.Role.PARAM, Optional.empty());
    Result result = readResult(method);
    ExampleReader.Examples examples = new ExampleReader(file).read(method);
    return Optional.of(
        new MethodDraft(
            file.path(),
            file.folder(),
            name,
            scope,
            readKind(method),
            method.text("access").map(Located::value).orElse(""),
            method.text("summary").map(Located::value).orElse(""),
            method.text("description").map(Located::value),
            method.text("docs").map(Located::value).orElse(""),
            method.text("notes").map(Located::value),
            params.map(Located::value).orElse(List.of()),
            result.description(),
            result.fields(),
            new NamedTypeReader(file).read(method),
            new ErrorReader(file).read(method, false),
            examples.request(),
            examples.responses(),
            file.start(),
            result.type()));
  }

  private Optional<MethodKind> readKind(YamlMapping method) {
    return method
        .text("kind")
        .flatMap(
            kind -> switch (kind.value()) {
              case "read" -> Optional.of(MethodKind.READ);
              case "write" -> Optional.of(MethodKind.WRITE);
              default -> {
                file.report(
                    kind.location(),
                    "unknown kind '" + kind.value() + "' of the method",
                    "write 'kind: read' for a method that changes nothing or 'kind: write' for one that does");
                yield Optional.empty();
              }
            });
  }

  private record Result(String description, List<FieldDraft> fields, Optional<Located<String>> type) {}

  /** {@code result} lists its {@code fields}, or names the one named {@code type} it is. */
  private Result readResult(YamlMapping method) {
    Optional<YamlMapping> found = method.node("result").flatMap(n -> YamlMapping.of(file, n, "'result'"));
    if (found.isEmpty()) {
      return new Result("", List.of(), Optional.empty());
    }
    YamlMapping result = found.get().expect("'result'", List.of("description", "fields", "type"), List.of("description"));
    Optional<Located<String>> type = result.text("type");
    boolean hasFields = result.node("fields").isPresent();
    if (type.isPresent() == hasFields) {
      file.report(
          found.get().location(),
          hasFields ? "'result' has both 'fields' and 'type'" : "'result' has neither 'fields' nor 'type'",
          "list the fields of the result under 'fields:', or write 'type: Name' when the result is a named object type");
    }
    List<FieldDraft> fieldList =
        hasFields
            ? fields.readList(result, "fields", FieldReader.Role.RESULT, Optional.empty()).map(Located::value).orElse(List.of())
            : List.of();
    return new Result(result.text("description").map(Located::value).orElse(""), fieldList, type);
  }
}
