package io.b24rest.spectools.docs;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.spectools.draft.DraftError;
import io.b24rest.spectools.draft.DraftExample;
import io.b24rest.spectools.draft.DraftField;
import io.b24rest.spectools.draft.DraftMethod;
import io.b24rest.spectools.draft.PagingRules;
import io.b24rest.spectools.draft.DraftType;
import io.b24rest.spectools.draft.Json;
import io.b24rest.spectools.draft.Names;
import io.b24rest.spectools.yfm.Block;
import io.b24rest.spectools.yfm.Section;
import io.b24rest.spectools.yfm.YfmParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts a spec from one REST 3.0 method page: the title names the method, the quote its scope
 * and access, the "Method Parameters" table its params, the 200 example with the "Returned
 * Data" table its result, the "Possible Error Codes" tables its errors, and the code blocks its
 * examples. What the page does not settle becomes a TODO of the draft.
 */
public final class DocsImporter {
  private static final Pattern METHOD_NAME = Pattern.compile("\\b([a-z][a-z0-9_]*(?:\\.[a-zA-Z][a-zA-Z0-9_]*)+)\\b");
  private static final Pattern SUMMARY = Pattern.compile("^The `[^`]+` method\\s+(\\w)(.*)$", Pattern.DOTALL);
  private static final Set<String> READ_ACTIONS = Set.of(
      "get", "list", "search", "count", "children", "subordinates", "multidepartment", "thread",
      "senders", "listcontacts", "listemployees", "tree");
  private static final Set<String> WRITE_PREFIXES = Set.of(
      "add", "update", "delete", "edit", "set", "remove", "move", "send", "attach", "archive",
      "create", "forward", "reply", "restore", "copy", "start", "stop", "complete");

  private final Set<String> catalogue;
  private final List<String> warnings = new ArrayList<>();

  public DocsImporter(Set<String> catalogue) {
    this.catalogue = Set.copyOf(catalogue);
  }

  /** What the importer could not decide, one line each, for stderr. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  public DraftMethod read(Path page) throws IOException, DocsPageException {
    YfmParser parser = new YfmParser();
    Section outline = Section.outline(parser.parse(page));
    parser.warnings().forEach(warning -> warnings.add(page.getFileName() + ": " + warning));
    String file = page.getFileName().toString();
    Section title = outline.children().stream().filter(s -> s.heading().map(h -> h.level() == 1).orElse(false))
        .findFirst()
        .orElseThrow(() -> new DocsPageException(file + ": not a docs page: it has no '# Title' heading"));
    if (!isRestV3(outline)) {
      throw new DocsPageException(file + ": not a REST 3.0 method page (no REST 3.0 note and no /rest/api/ call);"
          + " import-docs reads REST 3.0 pages only");
    }
    if (outline.find(t -> t.equalsIgnoreCase("Method Parameters")).isEmpty()) {
      throw new DocsPageException(file + ": not a method page: it has no 'Method Parameters' section");
    }
    PageExamples examples = new PageExamples();
    Optional<String> titled = methodName(title.title());
    Optional<String> called = examples.calledMethod(outline);
    String method = called.or(() -> titled)
        .orElseThrow(() -> new DocsPageException(file + ": the title '" + title.title() + "' names no method"));
    DraftMethod draft = new DraftMethod(method, method.substring(0, method.indexOf('.')));
    if (titled.isPresent() && !titled.get().equals(method)) {
      draft.notes.add("The page's title names `" + titled.get() + "`; its examples call `" + method
          + "`, which the spec follows.");
    }
    draft.docs = docsLink(page);
    identity(outline, title, draft);
    FieldBuilder fields = new FieldBuilder(outline, new LinkedPages(page));
    Optional<JsonNode> request = examples.request(outline);
    params(outline, fields, request.orElse(null), draft);
    request.ifPresentOrElse(
        json -> draft.requestExample = Json.compact(json),
        () -> draft.exampleTodos.add("the page shows no request body in a cURL example"));
    List<PageExamples.Answer> answers = new ArrayList<>();
    outline.find(t -> t.equalsIgnoreCase("Response Handling")).ifPresent(s -> answers.addAll(examples.answers(s, 200)));
    outline.find(t -> t.equalsIgnoreCase("Error Handling")).ifPresent(s -> answers.addAll(examples.answers(s, 400)));
    answers.forEach(answer -> draft.responses.add(new DraftExample(answer.status(), Json.compact(answer.body()))));
    result(outline, fields, answers, draft);
    errors(outline, answers, draft);
    PagingRules.apply(draft);
    if (!examples.repaired.isEmpty()) {
      draft.notes.add("The docs' " + String.join(", ", examples.repaired)
          + " example is not valid JSON as printed; comments and trailing commas were removed.");
    }
    if (draft.todoCount() > 0) {
      warnings.add(method + ": " + draft.todoCount() + " TODO(s) to review");
    }
    return draft;
  }

  private static boolean isRestV3(Section outline) {
    return outline.deepBlocks().anyMatch(block ->
        block instanceof Block.Paragraph p && p.text().contains("belongs to REST 3.0")
            || block instanceof Block.Code c && c.text().contains("/rest/api/"));
  }

  private static Optional<String> methodName(String title) {
    Matcher matcher = METHOD_NAME.matcher(title);
    String found = null;
    while (matcher.find()) {
      found = matcher.group(1);
    }
    return Optional.ofNullable(found);
  }

  private static String docsLink(Path page) {
    String path = page.toAbsolutePath().normalize().toString().replace('\\', '/');
    int at = path.indexOf("/api-reference/");
    String relative = at >= 0 ? path.substring(at + 1) : page.getFileName().toString();
    return "https://apidocs.bitrix24.com/" + relative.replaceAll("\\.md$", ".html");
  }

  private void identity(Section outline, Section title, DraftMethod draft) {
    for (Block block : title.blocks()) {
      if (block instanceof Block.Quote quote) {
        for (String line : quote.text().split("\n")) {
          String plain = Markdown.plain(line);
          if (plain.toLowerCase(Locale.ROOT).startsWith("scope:")) {
            Markdown.codeSpans(line).stream().findFirst().ifPresent(scope -> draft.scope = scope);
          } else if (plain.toLowerCase(Locale.ROOT).startsWith("who can")) {
            draft.access = capitalize(plain.substring(plain.indexOf(':') + 1).strip());
          }
        }
      }
    }
    if (draft.access.isBlank()) {
      draft.access = "Any user with access to the scope.";
      draft.accessTodos.add("the page does not say who may call the method");
    } else if (!draft.access.endsWith(".")) {
      draft.access = draft.access + ".";
    }
    List<String> paragraphs = title.blocks().stream()
        .filter(Block.Paragraph.class::isInstance)
        .map(block -> Markdown.plain(((Block.Paragraph) block).text()).replace('\n', ' '))
        .toList();
    if (paragraphs.isEmpty()) {
      draft.summary = "Calls " + draft.method + ".";
      draft.summaryTodos.add("the page has no introduction to take a summary from");
    } else {
      Matcher summary = SUMMARY.matcher(paragraphs.get(0));
      draft.summary = summary.matches()
          ? summary.group(1).toUpperCase(Locale.ROOT) + summary.group(2)
          : paragraphs.get(0);
      if (paragraphs.size() > 1) {
        draft.description = String.join("\n\n", paragraphs.subList(1, paragraphs.size()));
      }
    }
    kind(draft);
  }

  private static void kind(DraftMethod draft) {
    String action = draft.action().toLowerCase(Locale.ROOT);
    boolean field = draft.method.contains(".field.");
    if (field || READ_ACTIONS.contains(action)) {
      draft.kind = "read";
    } else if (WRITE_PREFIXES.stream().anyMatch(action::startsWith)) {
      draft.kind = "write";
    } else {
      draft.kind = "write";
      draft.kindTodos.add("the page does not say whether `" + action + "` changes data; drafted as write (never retried without an Idempotency-Key)");
    }
  }

  private void params(Section outline, FieldBuilder fields, JsonNode request, DraftMethod draft) {
    Section section = outline.find(t -> t.equalsIgnoreCase("Method Parameters")).orElseThrow();
    Optional<Block.Table> table = section.blocks().stream()
        .filter(Block.Table.class::isInstance).map(Block.Table.class::cast).findFirst();
    if (table.isEmpty()) {
      return;
    }
    for (TableRow row : TableRow.of(table.get().rows())) {
      if (row.name().equalsIgnoreCase("auth")) {
        continue;
      }
      DraftField param = fields.param(row, request == null ? null : request.get(row.name()), 0);
      fields.learnValues(param);
      draft.params.add(param);
    }
  }

  private void result(Section outline, FieldBuilder fields, List<PageExamples.Answer> answers, DraftMethod draft) {
    List<TableRow> rows = outline.find(t -> t.equalsIgnoreCase("Returned Data"))
        .flatMap(s -> s.blocks().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).findFirst())
        .map(table -> TableRow.of(table.rows()))
        .orElse(List.of());
    Optional<TableRow> resultRow = rows.stream().filter(r -> r.name().equals("result")).findFirst();
    draft.resultDescription = resultRow.map(r -> Markdown.description(r.cell())).filter(t -> !t.isBlank())
        .orElse("The result of " + draft.method + ".");
    List<TableRow> fieldRows = rows.stream()
        .filter(r -> !r.name().equals("result") && !r.name().equals("time") && !r.name().startsWith("time."))
        .toList();
    Optional<JsonNode> result = answers.stream()
        .filter(answer -> answer.status() == 200 && answer.body().has("result"))
        .map(answer -> answer.body().get("result"))
        .findFirst();
    if (result.isEmpty()) {
      draft.resultTodos.add("the page shows no 200 answer with a result; the fields come from the table alone");
      fieldRows.forEach(row -> draft.resultFields.add(fields.param(row, null, 1)));
      draft.resultFields.forEach(field -> field.required = false);
      return;
    }
    JsonNode value = result.get();
    if (value.isObject()) {
      draft.resultFields.addAll(fields.fromExample(value, fieldRows, 0));
    } else if (value.isArray()) {
      JsonNode first = value.size() > 0 ? value.get(0) : null;
      if (first != null && first.isObject()) {
        String typeName = Names.upperCamel(draft.action()) + "Item";
        DraftType type = new DraftType(typeName, draft.resultDescription);
        type.fields.addAll(fields.fromExample(first, fieldRows, 1));
        type.todos.add("the importer named the element type of the result array " + typeName);
        draft.types.add(type);
        draft.resultType = "array<" + typeName + ">";
      } else {
        draft.resultType = first == null ? "array<any>" : "array<" + DocsTypes.ofValue(first).orElse("any") + ">";
      }
    } else {
      draft.resultType = DocsTypes.ofValue(value).orElse("any");
    }
  }

  private void errors(Section outline, List<PageExamples.Answer> answers, DraftMethod draft) {
    Optional<Section> section = outline.find(t -> t.equalsIgnoreCase("Possible Error Codes"));
    if (section.isEmpty()) {
      draft.errorTodos.add("the page has no 'Possible Error Codes' section");
      return;
    }
    for (DraftError error : ErrorTables.read(section.get())) {
      Optional<Integer> status = Optional.empty();
      if (!catalogue.contains(error.code())) {
        status = answers.stream()
            .filter(answer -> error.code().equals(answer.body().path("error").path("code").asText(null))
                || error.code().equals(answer.body().path("error").asText(null)))
            .map(PageExamples.Answer::status)
            .findFirst();
      }
      List<String> fields = new ArrayList<>();
      for (String field : error.fields()) {
        Optional<String> path = ErrorFieldPaths.path(field, draft.params);
        if (path.isPresent()) {
          fields.add(path.get());
        } else {
          draft.errorTodos.add("the error row of " + error.code() + " names `" + field
              + "`, which is no param of the method; left out");
        }
      }
      draft.errors.add(new DraftError(error.code(), fields, error.description(), error.fix(), status));
    }
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

}
