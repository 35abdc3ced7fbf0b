package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.Paging;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Adds to a Feign interface, for each method whose spec declares {@code paging} of style
 * {@code page} or {@code cursor}, default methods that walk all its pages lazily.
 *
 * <p>Page style: {@code Stream<Node> listAll(NodeListRequest request)} and {@code listAll(request,
 * ListOptions)} read in bulk through {@code io.b24rest.core.paging.ListReader}: many pages of the
 * method's largest size per HTTP request (REST 3.0 batch), by id where the spec declares {@code
 * paging.keyset}. The interface then extends {@code BulkListApi}, whose {@code listReader()} the
 * client's invocation handler answers with its batching reader (a Feign proxy has no state of its
 * own; any other implementation of the interface gets the default, one page per request). The
 * overloads with a page size and a page bound walk one page per request ({@code
 * io.b24rest.core.paging.Pages}). Cursor style: the walk follows the cursor, one page per request.
 *
 * <p>Each page is an ordinary call of the interface's own method (or of the client's batch), with
 * the paging param replaced ({@code request.withPagination(...)}), so it goes through the client's
 * pacing, retries and error handling. The walk is bounded and stops on a short page; a cursor walk
 * also stops on a missing cursor and on a cursor that does not advance.
 */
final class PagedListWriter {
  private static final ClassName PAGES = ClassName.get("io.b24rest.core.paging", "Pages");
  private static final ClassName CURSOR_PAGE = ClassName.get("io.b24rest.core.paging", "CursorPage");
  private static final ClassName BULK_LIST_API = ClassName.get("io.b24rest.core.paging", "BulkListApi");
  private static final ClassName LIST_OPTIONS = ClassName.get("io.b24rest.core.paging", "ListOptions");
  private static final ClassName LIST_QUERY = ClassName.get("io.b24rest.core.paging", "ListQuery");
  private static final ClassName LIST_STRATEGY = ClassName.get("io.b24rest.core.paging", "ListStrategy");
  private static final ClassName FILTER = ClassName.get("io.b24rest.core.filter", "Filter");
  private static final ClassName CONDITION = ClassName.get("io.b24rest.core.filter", "Condition");

  private final ApiNames names;
  private final JavaTypes types;
  private final SpecModel model;

  PagedListWriter(ApiNames names, SpecModel model) {
    this.names = names;
    this.types = new JavaTypes(names);
    this.model = model;
  }

  /** {@code api} with the paging methods of the paged methods of {@code group} added. */
  JavaFile addTo(JavaFile api, List<MethodModel> group) {
    List<MethodSpec> added = new ArrayList<>();
    for (MethodModel method : group) {
      added.addAll(methodsOf(method));
    }
    if (added.isEmpty()) {
      return api;
    }
    TypeSpec.Builder withPaging = api.typeSpec().toBuilder().addMethods(added);
    if (group.stream().anyMatch(this::readsInBulk)) {
      withPaging.addSuperinterface(BULK_LIST_API);
    }
    return GeneratedFiles.of(api.packageName(), withPaging.build());
  }

  /** Whether {@code method}'s {@code listAll} reads through {@code BulkListApi.listReader()}. */
  private boolean readsInBulk(MethodModel method) {
    return walk(method).filter(w -> w.paging().style() == Paging.Style.PAGE).isPresent();
  }

  /** What a walker needs of a paged method. */
  private record Walk(
      MethodModel method,
      Paging paging,
      FieldModel items,
      FieldModel param,
      NamedType pagingType,
      List<FieldModel> pagingFields) {}

  /** The paging methods of {@code method}; none if it is not walked. */
  List<MethodSpec> methodsOf(MethodModel method) {
    Optional<Walk> walk = walk(method);
    if (walk.isEmpty()) {
      return List.of();
    }
    Paging paging = walk.get().paging();
    ClassName resultRecord = names.resultRecord(method);
    FieldModel items = walk.get().items();
    TypeName itemList =
        types.of(items, method.scope(), resultRecord.nestedClass(JavaNames.singular(JavaNames.upperCamel(items.name()))));
    TypeName item = ((ParameterizedTypeName) itemList).typeArguments().get(0);
    TypeName stream = ParameterizedTypeName.get(ClassName.get(Stream.class), item);
    ClassName request = names.request(method);
    String name = names.javaMethod(method) + "All";
    String call = names.javaMethod(method);
    String param = walk.get().param().name();
    String pageSizeDoc = "@param pageSize items a page, from 1 to " + paging.maxLimit() + "\n";
    String requestDoc = "@param request the params; its {@code " + JavadocText.escape(param) + "} is set page by page\n";

    MethodSpec byDefault =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .addJavadoc(javadoc(method, call, paging, paging.defaultLimit() + " items a page (the portal's default)"))
            .addJavadoc(requestDoc)
            .addJavadoc(returnsAndThrows())
            .returns(stream)
            .addParameter(request, "request")
            .addStatement("return $N(request, $L, $T.DEFAULT_MAX_PAGES)", name, paging.defaultLimit(), PAGES)
            .build();
    MethodSpec bySize =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .addJavadoc(javadoc(method, call, paging, "{@code pageSize} items a page"))
            .addJavadoc(requestDoc)
            .addJavadoc(pageSizeDoc)
            .addJavadoc(returnsAndThrows())
            .returns(stream)
            .addParameter(request, "request")
            .addParameter(TypeName.INT, "pageSize")
            .addStatement("return $N(request, pageSize, $T.DEFAULT_MAX_PAGES)", name, PAGES)
            .build();
    MethodSpec.Builder bounded =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .addJavadoc(javadoc(method, call, paging, "{@code pageSize} items a page, at most {@code maxPages} pages"))
            .addJavadoc(requestDoc)
            .addJavadoc(pageSizeDoc)
            .addJavadoc("@param maxPages the most pages fetched, at least 1\n")
            .addJavadoc(returnsAndThrows())
            .returns(stream)
            .addParameter(request, "request")
            .addParameter(TypeName.INT, "pageSize")
            .addParameter(TypeName.INT, "maxPages")
            .beginControlFlow("if (request == null)")
            .addStatement("throw new $T($S)", IllegalArgumentException.class, "request is missing")
            .endControlFlow()
            .beginControlFlow("if (pageSize > $L)", paging.maxLimit())
            .addStatement(
                "throw new $T($S + pageSize)",
                IllegalArgumentException.class,
                "pageSize must be at most " + paging.maxLimit() + ", got ")
            .endControlFlow();
    String wither = "with" + JavaNames.upperCamel(JavaNames.member(param));
    String itemsAccessor = JavaNames.member(items.name());
    if (paging.style() == Paging.Style.PAGE) {
      bounded.addStatement(
          "return $T.stream(pageSize, maxPages, (page, limit) ->\n$>$N(request.$N($L))\n$>.result()\n.$N()$<$<)",
          PAGES, call, wither, newPaging(walk.get(), "(long) page", "null"), itemsAccessor);
    } else {
      FieldModel cursorField = field(walk.get().pagingFields(), paging.cursorParam().orElseThrow()).orElseThrow();
      ClassName pagingClass = names.namedType(walk.get().pagingType());
      TypeName cursor =
          types.of(cursorField, walk.get().pagingType().scope(), pagingClass.nestedClass(JavaNames.upperCamel(cursorField.name())));
      bounded
          .addCode("return $T.<$T, $T>cursorStream(\n$>$>pageSize,\nmaxPages,\n(cursor, limit) -> {\n$>", PAGES, item, cursor)
          .addStatement("$T result = $N(request.$N($L)).result()", resultRecord, call, wither, newPaging(walk.get(), "null", "cursor"))
          .addStatement(
              "return new $T<>(result.$N(), result.$N())",
              CURSOR_PAGE, itemsAccessor, JavaNames.member(paging.nextCursor().orElseThrow()))
          .addCode("$<});\n$<$<");
    }
    if (paging.style() == Paging.Style.PAGE) {
      return List.of(
          bulkByDefault(walk.get(), name, call, request, stream),
          bulk(walk.get(), name, call, request, resultRecord, item, stream),
          bySize,
          bounded.build());
    }
    return List.of(byDefault, bySize, bounded.build());
  }

  /** {@code listAll(request)} of a page-style method: a bulk read with the default options. */
  private MethodSpec bulkByDefault(Walk walk, String name, String call, ClassName request, TypeName stream) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addJavadoc(bulkJavadoc(walk, call))
        .addJavadoc("<p>Same as {@code $N(request, $T.defaults())}.\n\n", name, LIST_OPTIONS)
        .addJavadoc("@param request the params; its {@code $L} is set page by page\n", JavadocText.escape(walk.param().name()))
        .addJavadoc("@return every record, in order\n")
        .addJavadoc("@throws IllegalArgumentException if the request is missing\n")
        .returns(stream)
        .addParameter(request, "request")
        .addStatement("return $N(request, $T.defaults())", name, LIST_OPTIONS)
        .build();
  }

  /** {@code listAll(request, options)} of a page-style method: the bulk read itself. */
  private MethodSpec bulk(
      Walk walk, String name, String call, ClassName request, ClassName result, TypeName item, TypeName stream) {
    Paging paging = walk.paging();
    Optional<CodeBlock> byId = keysetCondition(walk);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .addJavadoc(bulkJavadoc(walk, call))
            .addJavadoc("@param request the params; its {@code $L} is set page by page\n", JavadocText.escape(walk.param().name()))
            .addJavadoc("@param options the strategy, page size, bounds and budget of the read\n")
            .addJavadoc("@return every record, in order\n")
            .addJavadoc("@throws IllegalArgumentException if the request or the options are missing, or the options\n")
            .addJavadoc("    do not fit the method (a page size above $L, a keyset strategy the request does not allow)\n", paging.maxLimit())
            .returns(stream)
            .addParameter(request, "request")
            .addParameter(LIST_OPTIONS, "options")
            .beginControlFlow("if (request == null)")
            .addStatement("throw new $T($S)", IllegalArgumentException.class, "request is missing")
            .endControlFlow()
            .beginControlFlow("if (options == null)")
            .addStatement("throw new $T($S)", IllegalArgumentException.class, "options are missing")
            .endControlFlow();
    String wither = "with" + JavaNames.upperCamel(JavaNames.member(walk.param().name()));
    CodeBlock keyset = CodeBlock.of("null");
    CodeBlock id = CodeBlock.of("item -> null");
    if (byId.isPresent()) {
      Paging.Keyset spec = paging.keyset().orElseThrow();
      String filter = JavaNames.member(spec.filter());
      String order = JavaNames.member(spec.order());
      method.addStatement("boolean byId = $L", byId.get());
      keyset =
          CodeBlock.of(
              "byId\n$>? (after, page, limit) -> request\n$>.$N(after == null ? request.$N()\n$>: (request.$N() == null ? $T.allOf() : request.$N())\n$>.and($T.gt($S, after)))$<$<\n.$N($L)\n.$N($L)$<$<\n: null",
              "with" + JavaNames.upperCamel(filter), filter, filter, FILTER, filter, CONDITION, spec.field(),
              "with" + JavaNames.upperCamel(order), ascendingById(walk).orElseThrow(),
              wither, newPaging(walk, "(long) page", "null"));
      id = CodeBlock.of("item -> item.$N()", JavaNames.member(spec.field()));
    }
    return method
        .addCode(
            "return listReader().read(\n$>$>new $T<$T, $T, $T>(\n$>$S,\n$L,\n$L,\nthis::$N,\n(page, limit) -> request.$N($L),\nresult -> result.$N(),\n$L,\n$L),$<\noptions);\n$<$<",
            LIST_QUERY, request, result, item,
            walk.method().name(), paging.maxLimit(), paging.defaultLimit(), call,
            wither, newPaging(walk, "(long) page", "null"),
            JavaNames.member(walk.items().name()), keyset, id)
        .build();
  }

  /**
   * The condition under which a request can be read by id, when the spec's {@code paging.keyset}
   * fits what the generated code can write: a filter param, an order param mapping fields to an
   * enum with an {@code ASC} value, an integer id field on the records. The request must then not
   * order by anything but the id ascending, and its {@code select} (if the method has one) must
   * keep the id.
   */
  private Optional<CodeBlock> keysetCondition(Walk walk) {
    Optional<Paging.Keyset> keyset = walk.paging().keyset();
    Optional<CodeBlock> ascending = ascendingById(walk);
    if (keyset.isEmpty() || ascending.isEmpty()) {
      return Optional.empty();
    }
    Optional<FieldModel> filter = field(walk.method().params(), keyset.get().filter());
    boolean filterOk =
        filter.isPresent() && filter.get().type() instanceof TypeRef.Scalar s && s.type() == ScalarType.FILTER;
    boolean idOk = itemFields(walk).stream()
        .anyMatch(f -> f.name().equals(keyset.get().field())
            && f.type() instanceof TypeRef.Scalar s && s.type() == ScalarType.INTEGER);
    if (!filterOk || !idOk) {
      return Optional.empty();
    }
    String order = JavaNames.member(keyset.get().order());
    CodeBlock.Builder condition =
        CodeBlock.builder()
            .add("(request.$N() == null\n$>|| request.$N().isEmpty()\n|| request.$N().equals($L))$<",
                order, order, order, ascending.get());
    Optional<FieldModel> select = field(walk.method().params(), "select");
    if (select.isPresent()
        && select.get().type() instanceof TypeRef.ArrayOf array
        && array.element() instanceof TypeRef.Scalar s
        && s.type() == ScalarType.STRING) {
      condition.add("\n$>&& (request.select() == null || request.select().contains($S))$<", keyset.get().field());
    }
    return Optional.of(condition.build());
  }

  /** {@code Map.of("id", SortDirection.ASC)}, if the order param maps fields to such an enum. */
  private Optional<CodeBlock> ascendingById(Walk walk) {
    Optional<Paging.Keyset> keyset = walk.paging().keyset();
    if (keyset.isEmpty()) {
      return Optional.empty();
    }
    Optional<FieldModel> order = field(walk.method().params(), keyset.get().order());
    if (order.isEmpty()
        || !(order.get().type() instanceof TypeRef.MapOf map)
        || !(map.value() instanceof TypeRef.Named named)) {
      return Optional.empty();
    }
    Optional<NamedType> direction = model.type(walk.method().scope(), named.name());
    if (direction.isEmpty() || !(direction.get().shape() instanceof TypeRef.InlineEnum values)) {
      return Optional.empty();
    }
    return values.values().stream()
        .filter(v -> v.value().equalsIgnoreCase("asc"))
        .findFirst()
        .map(v -> CodeBlock.of("$T.of($S, $T.$N)", Map.class, keyset.get().field(),
            names.namedType(direction.get()), JavaNames.constant(v.value())));
  }

  /** The fields of the records a page holds. */
  private List<FieldModel> itemFields(Walk walk) {
    TypeRef type = walk.items().type();
    TypeRef element = type instanceof TypeRef.ArrayOf array ? array.element() : type;
    if (element instanceof TypeRef.InlineObject object) {
      return object.fields();
    }
    if (element instanceof TypeRef.Named named) {
      return model.type(walk.method().scope(), named.name())
          .filter(t -> t.shape() instanceof TypeRef.InlineObject)
          .map(t -> ((TypeRef.InlineObject) t.shape()).fields())
          .orElse(List.of());
    }
    return List.of();
  }

  private static CodeBlock bulkJavadoc(Walk walk, String call) {
    Paging paging = walk.paging();
    boolean byId = paging.keyset().isPresent();
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add("Every record of {@link #$L}, read in bulk: pages of up to $L records (the method's\n", call, paging.maxLimit())
            .add("largest, from its spec; {@link $T#pageSize} changes it), up to 50 of them per HTTP\n", LIST_OPTIONS)
            .add("request as the calls of one REST 3.0 batch.\n\n");
    if (byId) {
      Paging.Keyset keyset = paging.keyset().orElseThrow();
      doc.add("<p>By default {@link $T#BATCHED_KEYSET}: each batch reads the pages after the last\n", LIST_STRATEGY)
          .add("{@code $L} of the previous one ({@code $L} gains {@code $L > last}, {@code $L} is the\n",
              JavadocText.escape(keyset.field()), JavadocText.escape(keyset.filter()),
              JavadocText.escape(keyset.field()), JavadocText.escape(keyset.order()))
          .add("{@code $L} ascending), which stays correct when records are added or removed during the\n",
              JavadocText.escape(keyset.field()))
          .add("read; a request that orders by another field or leaves {@code $L} out of its select is\n",
              JavadocText.escape(keyset.field()))
          .add("read with {@link $T#BATCHED_PAGES} instead.\n\n", LIST_STRATEGY);
    } else {
      doc.add("<p>By default {@link $T#BATCHED_PAGES}: {@code $L} set to page 1, 2, ... in order.\n\n",
          LIST_STRATEGY, JavadocText.escape(paging.param()));
    }
    return doc.add("<p>Lazy: the first request is sent when the stream needs its first record, the next\n")
        .add("one when the records of the previous one are used up, so memory holds one batch at most.\n")
        .add("The first request is a single page; the batches after it are sized from the portal's\n")
        .add("{@code time.processing} to stay well under its 60 s cut, and shrink, then wait for\n")
        .add("{@code operating_reset_at}, before the method's operating budget runs out. Every\n")
        .add("request is paced, retried and error-checked by the client; a failed call, alone or inside\n")
        .add("a batch, throws its typed exception from the stream (no page is skipped). The read stops\n")
        .add("on the first short page and after {@link $T#maxPages} pages.\n\n", LIST_OPTIONS)
        .build();
  }

  private Optional<Walk> walk(MethodModel method) {
    Optional<Paging> paging = method.paging().filter(p -> p.style() != Paging.Style.SINGLE);
    if (paging.isEmpty() || !(method.resultShape() instanceof TypeRef.InlineObject)) {
      return Optional.empty();
    }
    Optional<FieldModel> items = field(method.result(), paging.get().items());
    Optional<FieldModel> param = field(method.params(), paging.get().param());
    if (items.isEmpty() || param.isEmpty() || !(param.get().type() instanceof TypeRef.Named named)) {
      return Optional.empty();
    }
    Optional<NamedType> type = model.type(method.scope(), named.name());
    if (type.isEmpty() || !(type.get().shape() instanceof TypeRef.InlineObject object)) {
      return Optional.empty();
    }
    return Optional.of(new Walk(method, paging.get(), items.get(), param.get(), type.get(), object.fields()));
  }

  private static Optional<FieldModel> field(List<FieldModel> fields, String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The paging object: page, limit and cursor set, its other fields kept from the request. */
  private CodeBlock newPaging(Walk walk, String page, String cursor) {
    String param = JavaNames.member(walk.param().name());
    String cursorKey = walk.paging().cursorParam().orElse("");
    CodeBlock arguments =
        walk.pagingFields().stream()
            .map(
                f -> {
                  if (f.name().equals("limit")) {
                    return CodeBlock.of("(long) limit");
                  } else if (f.name().equals("page") && walk.paging().style() == Paging.Style.PAGE) {
                    return CodeBlock.of(page);
                  } else if (f.name().equals(cursorKey)) {
                    return CodeBlock.of(cursor);
                  }
                  // Any other key (offset, say) is kept as the caller set it.
                  return CodeBlock.of(
                      "request.$N() == null ? null : request.$N().$N()", param, param, JavaNames.member(f.name()));
                })
            .collect(CodeBlock.joining(",\n"));
    return CodeBlock.of("new $T(\n$>$L$<)", names.namedType(walk.pagingType()), arguments);
  }

  private static CodeBlock javadoc(MethodModel method, String call, Paging paging, String pageText) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add("Every item of {@link #$L}, page after page of $L: {@code $L} called ", call, pageText,
                JavadocText.escape(method.name()));
    if (paging.style() == Paging.Style.PAGE) {
      doc.add("with {@code $L} set to page 1, 2, ...\n", JavadocText.escape(paging.param()));
    } else {
      doc.add(
          "with {@code $L.$L} set to the {@code $L} of the previous page.\n",
          JavadocText.escape(paging.param()),
          JavadocText.escape(paging.cursorParam().orElse("")),
          JavadocText.escape(paging.nextCursor().orElse("")));
    }
    return doc.add("\n<p>Lazy: a page is fetched only when the stream needs its first item, and each\n")
        .add("page is an ordinary call, paced, retried and error-checked by the client like any\n")
        .add("other. The walk stops on a short page (fewer items than the page size)")
        .add(paging.style() == Paging.Style.CURSOR ? ", a missing cursor or a cursor that does not\nadvance," : "")
        .add(" and after {@link $T#DEFAULT_MAX_PAGES} pages unless bounded otherwise, so a\n", PAGES)
        .add("portal that ignores paging cannot make it loop forever. A failed page call throws from\n")
        .add("the stream.\n\n")
        .build();
  }

  private static CodeBlock returnsAndThrows() {
    return CodeBlock.builder()
        .add("@return the items of every page, in order\n")
        .add("@throws IllegalArgumentException if the request is missing or a bound is out of range\n")
        .build();
  }
}
