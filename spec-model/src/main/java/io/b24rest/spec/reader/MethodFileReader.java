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
          "params", "result", "types", "errors", "examples", "paging", "java");
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
    Optional<FieldDraft> result = readResult(method);
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
            result.map(FieldDraft::description).orElse(""),
            result,
            new NamedTypeReader(file).read(method),
            new ErrorReader(file).read(method, false),
            examples.request(),
            examples.responses(),
            file.start(),
            new PagingReader(file).read(method),
            readJava(method)));
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

  /**
   * {@code result} as one field named {@code result}: {@code fields} make it an object,
   * {@code type} any other type ({@code boolean}, {@code array<Message>}, {@code Node}); both
   * together only for {@code object} or {@code array<object>}.
   */
  private Optional<FieldDraft> readResult(YamlMapping method) {
    Optional<YamlMapping> found = method.node("result").flatMap(n -> YamlMapping.of(file, n, "'result'"));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping result =
        found.get().expect("'result'", List.of("description", "fields", "type"), List.of("description"));
    Optional<Located<String>> type = result.text("type");
    boolean hasFields = result.has("fields");
    boolean objectType =
        type.flatMap(t -> TypeExpressionParser.parse(t.value()).expression())
            .map(e -> e.innermost() instanceof TypeExpression.InlineObject)
            .orElse(false);
    if (type.isEmpty() && !hasFields) {
      file.report(
          found.get().location(),
          "'result' has neither 'fields' nor 'type'",
          "list the fields of the result under 'fields:', or write its type, for example 'type: boolean',"
              + " 'type: array<Message>' or 'type: Node'");
      return Optional.empty();
    }
    if (type.isPresent() && hasFields && !objectType) {
      file.report(
          found.get().location(),
          "'result' has both 'fields' and 'type'",
          "list the fields of the result under 'fields:', or write 'type: Name' when the result is a named object type");
      return Optional.empty();
    }
    Optional<Located<List<FieldDraft>>> fieldList =
        hasFields ? fields.readList(result, "fields", FieldReader.Role.RESULT, Optional.empty()) : Optional.empty();
    Located<String> resultType = type.orElse(new Located<>("object", result.keyLocation("fields")));
    return Optional.of(
        new FieldDraft(
            "'result'",
            new Located<>("result", result.location()),
            resultType,
            false,
            false,
            Optional.empty(),
            Optional.empty(),
            result.peekText("description").orElse(""),
            Optional.empty(),
            fieldList,
            hasFields && fieldList.isEmpty(),
            result.location(),
            Optional.empty(),
            Optional.empty()));
  }

  /** The {@code java} block: {@code method} and {@code api}, both optional. */
  private JavaDraft readJava(YamlMapping method) {
    if (!method.has("java")) {
      return JavaDraft.NONE;
    }
    return method
        .node("java")
        .flatMap(n -> YamlMapping.of(file, n, "'java'"))
        .map(java -> java.expect("'java'", List.of("method", "api"), List.of()))
        .map(java -> new JavaDraft(java.text("method"), java.text("api")))
        .orElse(JavaDraft.NONE);
  }
}
