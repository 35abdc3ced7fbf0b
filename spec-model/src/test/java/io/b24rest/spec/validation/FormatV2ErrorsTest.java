package io.b24rest.spec.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.Paging;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spec.reader.SpecSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules format v2 added, each a diagnostic at file:line:col with its fix. */
class FormatV2ErrorsTest {
  private static final String FILE = "bitrix24/spec/x/x.thing.list.yaml";
  private static final String COMMON = "bitrix24/spec/common.types.yaml";

  /** A paged cursor method of scope x whose params, result and extra keys the tests vary. */
  private static String method(String params, String result, String extra) {
    return "spec: 2\nmethod: x.thing.list\nscope: x\nkind: read\naccess: Anyone.\n"
        + "summary: Lists things.\ndocs: https://example.com/\n"
        + "params:\n" + params
        + "result:\n  description: Things.\n" + result
        + extra
        + "errors: []\nexamples:\n  responses: []\n";
  }

  private static final String PARAMS =
      "  - {name: pagination, type: ThingPagination, description: Paging.}\n"
          + "  - {name: filter, type: filter, description: Filter.}\n"
          + "  - {name: order, type: map<SortDirection>, description: Order.}\n";
  private static final String RESULT =
      "  fields:\n    - {name: items, type: array<Thing>, description: Things.}\n"
          + "    - {name: nextCursor, type: ThingCursor, nullable: true, description: Next.}\n";
  private static final String TYPES =
      "types:\n"
          + "  - name: Thing\n    description: A thing.\n    fields:\n"
          + "      - {name: id, type: integer, description: Id.}\n"
          + "  - name: ThingCursor\n    description: A cursor.\n    fields:\n"
          + "      - {name: id, type: integer, required: true, description: Id.}\n"
          + "  - name: ThingPagination\n    description: Paging.\n    fields:\n"
          + "      - {name: limit, type: integer, default: \"50\", description: Size.}\n"
          + "      - {name: afterCursor, type: ThingCursor, description: Cursor.}\n";
  private static final String PAGING =
      "paging:\n  style: cursor\n  param: pagination\n  items: items\n  maxLimit: 200\n  defaultLimit: 50\n"
          + "  cursorParam: afterCursor\n  nextCursor: nextCursor\n  keyset: {field: id, filter: filter, order: order}\n";

  private static SpecReadResult read(String text, SpecSource... more) {
    List<SpecSource> sources = new ArrayList<>();
    sources.add(new SpecSource(FILE, text));
    sources.add(new SpecSource(SeedSpecs.CATALOGUE, SeedSpecs.catalogue()));
    sources.add(new SpecSource(COMMON, common()));
    sources.addAll(List.of(more));
    return SpecReader.read(sources);
  }

  private static String common() {
    try (var in = FormatV2ErrorsTest.class.getClassLoader().getResourceAsStream(COMMON)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void assertOnly(SpecReadResult result, String spec, String fragment, int column, String problem, String fix) {
    SeedSpecs.assertOnly(result, FILE, SeedSpecs.lineOf(spec, fragment), column, problem, fix);
  }

  @Test
  void aCursorPagedMethodWithCommonAndScopeTypesReads() {
    SpecReadResult result = read(method(PARAMS, RESULT, PAGING + TYPES));
    assertEquals(List.of(), result.diagnostics());
    SpecModel model = result.model().orElseThrow();
    MethodModel list = model.methods().get(0);
    Paging paging = list.paging().orElseThrow();
    assertEquals(Paging.Style.CURSOR, paging.style());
    assertEquals(Optional.of("afterCursor"), paging.cursorParam());
    assertEquals(Optional.of(new Paging.Keyset("id", "filter", "order")), paging.keyset());
    assertEquals(200, paging.maxLimit());
    assertTrue(model.type("x", "SortDirection").orElseThrow().isCommon());
    assertTrue(model.type("x", "Pagination").orElseThrow().isCommon());
  }

  @Test
  void unknownPagingStyle() {
    String spec = method(PARAMS, RESULT, PAGING.replace("style: cursor", "style: cursr") + TYPES);
    assertOnly(read(spec), spec, "style: cursr", 10, "unknown paging style 'cursr'",
        "did you mean 'cursor'? write 'style: page' (page numbers), 'style: cursor' or 'style: single' (one page only)");
  }

  @Test
  void pagingParamThatIsNoParam() {
    String spec = method(PARAMS, RESULT, PAGING.replace("param: pagination", "param: paging") + TYPES);
    assertOnly(read(spec), spec, "param: paging", 10, "the paging param 'paging' is not a param of the method",
        "write the name of the param that carries the paging object, for example 'pagination'");
  }

  @Test
  void itemsThatIsNoArray() {
    String spec = method(PARAMS, RESULT, PAGING.replace("items: items", "items: nextCursor") + TYPES);
    assertOnly(read(spec), spec, "items: nextCursor", 10,
        "'items' names 'nextCursor', which is of type 'ThingCursor', not an array",
        "name the result field that holds the records, an array<T>");
  }

  @Test
  void cursorStyleWithoutNextCursor() {
    String spec = method(PARAMS, RESULT, PAGING.replace("  nextCursor: nextCursor\n", "") + TYPES);
    assertOnly(read(spec), spec, "paging:", 1, "'paging' with 'style: cursor' has no 'nextCursor'",
        "add 'nextCursor:', the result field holding the next cursor");
  }

  @Test
  void pageStyleWithACursorKey() {
    String paging = "paging:\n  style: page\n  param: pagination\n  items: items\n  maxLimit: 200\n  defaultLimit: 50\n"
        + "  nextCursor: nextCursor\n";
    String spec = method("  - {name: pagination, type: Pagination, description: Paging.}\n", RESULT, paging + TYPES);
    assertOnly(read(spec), spec, "  nextCursor: nextCursor", 15, "'cursorParam' and 'nextCursor' apply to 'style: cursor' only",
        "remove it, or write 'style: cursor'");
  }

  @Test
  void defaultLimitAboveMaxLimit() {
    String spec = method(PARAMS, RESULT, PAGING.replace("defaultLimit: 50", "defaultLimit: 500") + TYPES);
    assertOnly(read(spec), spec, "defaultLimit: 500", 17, "'defaultLimit' 500 is not between 1 and 'maxLimit' 200",
        "write the page size the portal assumes, at most the maximum");
  }

  @Test
  void cursorOfAnotherTypeThanThePagingParamTakes() {
    String spec = method(PARAMS, RESULT.replace("type: ThingCursor, nullable", "type: any, nullable"), PAGING + TYPES);
    assertOnly(read(spec), spec, "  nextCursor: nextCursor", 15,
        "the cursor the result gives ('nextCursor', any) is not of the type the paging param takes ('afterCursor', ThingCursor)",
        "give both the same type, so that the walker can pass one page's cursor to the next call");
  }

  @Test
  void typeNamedLikeAJavaLangTypeOrBuilder() {
    for (String name : List.of("Record", "Builder", "Collection")) {
      String spec = method(PARAMS, RESULT, PAGING + TYPES + "  - name: " + name + "\n    description: X.\n    values: [{value: a}]\n");
      SpecReadResult result = read(spec);
      assertEquals(1, result.diagnostics().size(), () -> result.diagnostics().toString());
      SpecDiagnostic diagnostic = result.diagnostics().get(0);
      assertEquals(SeedSpecs.lineOf(spec, "- name: " + name), diagnostic.location().line());
      assertTrue(diagnostic.problem().startsWith("type name '" + name + "' is the name of "), diagnostic.problem());
      assertTrue(diagnostic.fix().startsWith("rename it after what it is in Bitrix24, for example 'X" + name + "'"), diagnostic.fix());
    }
  }

  @Test
  void scopeTypeWithTheNameOfACommonType() {
    String spec = method(PARAMS, RESULT, PAGING + TYPES + "  - name: SortDirection\n    description: X.\n    values: [{value: a}]\n");
    SpecReadResult result = read(spec);
    assertEquals(1, result.diagnostics().size(), () -> result.diagnostics().toString());
    assertTrue(result.diagnostics().get(0).problem().startsWith(
        "type 'SortDirection' of scope 'x' has the name of a common type, declared at " + COMMON));
  }

  @Test
  void enumMixingNumbersAndText() {
    String spec = method(PARAMS + "  - name: level\n    type: enum\n    description: Level.\n"
        + "    values: [{value: 1}, {value: two}]\n", RESULT, PAGING + TYPES);
    assertOnly(read(spec), spec, "{value: two}", 34,
        "enum param 'level' mixes numbers and text: value 'two' is text, others are numbers",
        "write every value as a number (- value: 1) when the wire sends numbers, or quote every value (- value: \"1\") when it sends text");
  }

  @Test
  void integerEnumReadsAsNumeric() {
    String spec = method(PARAMS + "  - name: level\n    type: enum\n    description: Level.\n"
        + "    values: [{value: 1}, {value: 2}]\n", RESULT, PAGING + TYPES);
    SpecReadResult result = read(spec);
    assertEquals(List.of(), result.diagnostics());
    TypeRef.InlineEnum level = (TypeRef.InlineEnum) result.model().orElseThrow().methods().get(0).params().get(3).type();
    assertTrue(level.numeric());
  }

  @Test
  void formatOnAString() {
    String spec = method(PARAMS + "  - {name: at, type: string, format: Y-m-d, description: At.}\n", RESULT, PAGING + TYPES);
    assertOnly(read(spec), spec, "format: Y-m-d", 38, "'format' applies to datetime and date only, but param 'at' is of type 'string'",
        "remove 'format', or change the type to datetime or date");
  }

  @Test
  void formatWithAnUnsupportedLetter() {
    String spec = method(PARAMS + "  - {name: at, type: datetime, format: D H:i, description: At.}\n", RESULT, PAGING + TYPES);
    assertOnly(read(spec), spec, "format: D H:i", 40, "format 'D H:i' of param 'at' has the letter 'D', which this client does not support",
        "write the format in PHP date() letters from Y, m, n, d, j, H, G, i, s, P, O; quote a literal letter with a backslash (\\T)");
  }

  @Test
  void datetimeFormatWithoutATime() {
    String spec = method(PARAMS + "  - {name: at, type: datetime, format: d.m.Y, description: At.}\n", RESULT, PAGING + TYPES);
    assertOnly(read(spec), spec, "format: d.m.Y", 40, "format 'd.m.Y' of datetime param 'at' has no time of day",
        "change the type to date, or add the time letters (H:i:s)");
  }

  @Test
  void relationOnAScalar() {
    String spec = method(PARAMS, RESULT.replace("description: Things.}\n    - {name: nextCursor",
        "description: Things.}\n    - {name: owner, type: integer, relation: true, description: Owner.}\n    - {name: nextCursor"),
        PAGING + TYPES);
    assertOnly(read(spec), spec, "relation: true", 46,
        "'relation' applies to fields typed as a named object type, but result field 'owner' is of type 'integer'",
        "type the field as the related named type (for example 'type: TaskUser'), or remove 'relation'");
  }

  @Test
  void javaMethodAndApiNames() {
    String spec = method(PARAMS, RESULT, PAGING + TYPES + "java:\n  method: Create_Event\n  api: Messages\n");
    SpecReadResult result = read(spec);
    assertEquals(
        List.of(
            "java method name 'Create_Event' is not a lowerCamelCase Java name",
            "java api name 'Messages' does not end with 'Api'"),
        result.diagnostics().stream().map(SpecDiagnostic::problem).toList());
  }

  @Test
  void errorNamingSeveralFieldsChecksEach() {
    String spec = method(PARAMS, RESULT, PAGING + TYPES).replace("errors: []\n",
        "errors:\n  - code: BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION\n    field: [filter, ordr]\n"
            + "    description: D.\n    fix: F.\n");
    SpecReadResult result = read(spec);
    assertEquals(List.of("field 'ordr' of error 'BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION' is not a param of the method"),
        result.diagnostics().stream().map(SpecDiagnostic::problem).toList());
    assertEquals(SeedSpecs.lineOf(spec, "field: [filter, ordr]"), result.diagnostics().get(0).location().line());
  }

  @Test
  void tooManyParamsForOneConstructor() {
    StringBuilder params = new StringBuilder(PARAMS);
    for (int i = 0; i < 256; i++) {
      params.append("  - {name: p").append(i).append(", type: integer, description: P.}\n");
    }
    String spec = method(params.toString(), RESULT, PAGING + TYPES);
    SpecReadResult result = read(spec);
    assertEquals(1, result.diagnostics().size(), () -> result.diagnostics().toString());
    SpecDiagnostic diagnostic = result.diagnostics().get(0);
    assertEquals(SeedSpecs.lineOf(spec, "name: p197,"), diagnostic.location().line());
    assertTrue(diagnostic.problem().startsWith("a list of 259 fields; the generated record and builder"), diagnostic.problem());
    assertEquals("group the fields into nested objects, or type the rarely used ones as one map<any>", diagnostic.fix());
  }

  @Test
  void thousandsOfFieldsInOneFile() {
    StringBuilder params = new StringBuilder(PARAMS);
    for (int i = 0; i < 6; i++) {
      params.append("  - name: o").append(i).append("\n    type: object\n    description: O.\n    fields:\n");
      for (int j = 0; j < 180; j++) {
        params.append("      - {name: f").append(j).append(", type: integer, description: F.}\n");
      }
    }
    SpecReadResult result = read(method(params.toString(), RESULT, PAGING + TYPES));
    assertEquals(1, result.diagnostics().size(), () -> result.diagnostics().toString());
    SpecDiagnostic diagnostic = result.diagnostics().get(0);
    assertEquals(FILE + ":1:1", diagnostic.location().toString());
    assertTrue(diagnostic.problem().startsWith("the file declares 1096 fields"), diagnostic.problem());
  }
}
