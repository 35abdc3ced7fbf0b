package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.Paging;
import javax.lang.model.element.Modifier;

/**
 * The {@code <action>All} overloads that walk a paged method one page per request ({@code
 * io.b24rest.core.paging.Pages}): by page number, or following the cursor. Each page is an ordinary
 * call of the interface's own method with the paging param replaced; the walk is bounded and stops
 * on a short page, a cursor walk also on a missing cursor and on a cursor that does not advance.
 */
final class PageWalkWriter {
  private static final ClassName PAGES = ClassName.get("io.b24rest.core.paging", "Pages");
  private static final ClassName CURSOR_PAGE = ClassName.get("io.b24rest.core.paging", "CursorPage");

  private final ApiNames names;
  private final JavaTypes types;

  PageWalkWriter(ApiNames names, JavaTypes types) {
    this.names = names;
    this.types = types;
  }

  /**
   * {@code listAll(request)} of a cursor-style method: the portal's default page size, the default
   * page bound. (A page-style method's is the bulk read of {@link BulkListWriter}.)
   */
  MethodSpec byDefault(PagedMethod paged, ListAllSignature signature) {
    Paging paging = paged.paging();
    return MethodSpec.methodBuilder(signature.name())
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addJavadoc(javadoc(paged.method(), signature.call(), paging, paging.defaultLimit() + " items a page (the portal's default)"))
        .addJavadoc(requestDoc(paged))
        .addJavadoc(returnsAndThrows())
        .returns(signature.stream())
        .addParameter(signature.request(), "request")
        .addStatement("return $N(request, $L, $T.DEFAULT_MAX_PAGES)", signature.name(), paging.defaultLimit(), PAGES)
        .build();
  }

  /** {@code listAll(request, pageSize)}: the default page bound. */
  MethodSpec bySize(PagedMethod paged, ListAllSignature signature) {
    Paging paging = paged.paging();
    return MethodSpec.methodBuilder(signature.name())
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addJavadoc(javadoc(paged.method(), signature.call(), paging, "{@code pageSize} items a page"))
        .addJavadoc(requestDoc(paged))
        .addJavadoc(pageSizeDoc(paging))
        .addJavadoc(returnsAndThrows())
        .returns(signature.stream())
        .addParameter(signature.request(), "request")
        .addParameter(TypeName.INT, "pageSize")
        .addStatement("return $N(request, pageSize, $T.DEFAULT_MAX_PAGES)", signature.name(), PAGES)
        .build();
  }

  /** {@code listAll(request, pageSize, maxPages)}: the walk itself. */
  MethodSpec bounded(PagedMethod paged, ListAllSignature signature) {
    Paging paging = paged.paging();
    String call = signature.call();
    MethodSpec.Builder bounded =
        MethodSpec.methodBuilder(signature.name())
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .addJavadoc(javadoc(paged.method(), call, paging, "{@code pageSize} items a page, at most {@code maxPages} pages"))
            .addJavadoc(requestDoc(paged))
            .addJavadoc(pageSizeDoc(paging))
            .addJavadoc("@param maxPages the most pages fetched, at least 1\n")
            .addJavadoc(returnsAndThrows())
            .returns(signature.stream())
            .addParameter(signature.request(), "request")
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
    String wither = paged.wither();
    String itemsAccessor = JavaNames.member(paged.items().name());
    if (paging.style() == Paging.Style.PAGE) {
      bounded.addStatement(
          "return $T.stream(pageSize, maxPages, (page, limit) ->\n$>$N(request.$N($L))\n$>.result()\n.$N()$<$<)",
          PAGES, call, wither, paged.newPaging(names, "(long) page", "null"), itemsAccessor);
    } else {
      FieldModel cursorField = PagedMethod.field(paged.pagingFields(), paging.cursorParam().orElseThrow()).orElseThrow();
      ClassName pagingClass = names.namedType(paged.pagingType());
      TypeName cursor =
          types.of(cursorField, paged.pagingType().scope(), pagingClass.nestedClass(JavaNames.upperCamel(cursorField.name())));
      bounded
          .addCode("return $T.<$T, $T>cursorStream(\n$>$>pageSize,\nmaxPages,\n(cursor, limit) -> {\n$>", PAGES, signature.item(), cursor)
          .addStatement("$T result = $N(request.$N($L)).result()", signature.result(), call, wither, paged.newPaging(names, "null", "cursor"))
          .addStatement(
              "return new $T<>(result.$N(), result.$N())",
              CURSOR_PAGE, itemsAccessor, JavaNames.member(paging.nextCursor().orElseThrow()))
          .addCode("$<});\n$<$<");
    }
    return bounded.build();
  }

  private static String requestDoc(PagedMethod paged) {
    return "@param request the params; its {@code " + JavadocText.escape(paged.param().name()) + "} is set page by page\n";
  }

  private static String pageSizeDoc(Paging paging) {
    return "@param pageSize items a page, from 1 to " + paging.maxLimit() + "\n";
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
