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
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Adds to a Feign interface, for each method whose spec declares {@code paging} of style
 * {@code page} or {@code cursor}, default methods that walk all its pages lazily:
 * {@code Stream<Node> listAll(NodeListRequest request)} and overloads with a page size and a page
 * bound, built on {@code io.b24rest.core.paging.Pages}.
 *
 * <p>Each page is an ordinary call of the interface's own method, with the paging param replaced
 * ({@code request.withPagination(...)}), so it goes through the client's pacing, retries and
 * error handling. The walk is bounded and stops on a short page; a cursor walk also stops on a
 * missing cursor and on a cursor that does not advance.
 */
final class PagedListWriter {
  private static final ClassName PAGES = ClassName.get("io.b24rest.core.paging", "Pages");
  private static final ClassName CURSOR_PAGE = ClassName.get("io.b24rest.core.paging", "CursorPage");

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
    TypeSpec withPaging = api.typeSpec().toBuilder().addMethods(added).build();
    return GeneratedFiles.of(api.packageName(), withPaging);
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
          "return $T.stream(pageSize, maxPages, (page, limit) ->\n$>$N(request.$N($L)).result().$N()$<)",
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
    return List.of(byDefault, bySize, bounded.build());
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
