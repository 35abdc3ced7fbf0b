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
import io.b24rest.spec.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Adds to a Feign interface, for each paged list method, default methods that walk all its pages:
 * {@code Stream<Node> listAll(NodeListRequest request)} and overloads with a page size and a page
 * bound, built on {@code io.b24rest.core.paging.Pages}.
 *
 * <p>A method is paged when its params hold {@code pagination} of the named type {@code
 * Pagination} with integer fields {@code page} and {@code limit}, and its result holds {@code
 * items}, an array. Each page is an ordinary call of the interface's own method, so it goes through
 * the client's pacing, retries and error handling.
 */
final class PagedListWriter {
  static final String PAGINATION_PARAM = "pagination";
  static final String PAGINATION_TYPE = "Pagination";
  static final String ITEMS_FIELD = "items";

  private static final ClassName PAGES = ClassName.get("io.b24rest.core.paging", "Pages");

  private final ApiNames names;
  private final JavaTypes types;
  private final List<NamedType> namedTypes;

  PagedListWriter(ApiNames names, List<NamedType> namedTypes) {
    this.names = names;
    this.types = new JavaTypes(names);
    this.namedTypes = List.copyOf(namedTypes);
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

  /** The paging methods of {@code method}; none if it is not paged. */
  List<MethodSpec> methodsOf(MethodModel method) {
    if (method.paging().isEmpty() || method.paging().get().style() != Paging.Style.PAGE) {
      return List.of();
    }
    Optional<FieldModel> items = itemsField(method);
    Optional<NamedType> pagination = paginationType(method);
    if (items.isEmpty() || pagination.isEmpty()) {
      return List.of();
    }
    TypeRef element = ((TypeRef.ArrayOf) items.get().type()).element();
    TypeName item =
        types.of(
            element,
            method.scope(),
            names.result(method).nestedClass(JavaNames.upperCamel(ITEMS_FIELD)));
    TypeName stream = ParameterizedTypeName.get(ClassName.get(Stream.class), item);
    ClassName request = names.request(method);
    String name = names.javaMethod(method) + "All";
    String call = names.javaMethod(method);

    MethodSpec byDefault =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .addJavadoc(javadoc(method, call, "{@link $T#DEFAULT_LIMIT} items a page", PAGES))
            .addJavadoc("@param request the params; its {@code pagination} is set page by page\n")
            .addJavadoc(returnsAndThrows())
            .returns(stream)
            .addParameter(request, "request")
            .addStatement("return $N(request, $T.DEFAULT_LIMIT, $T.DEFAULT_MAX_PAGES)", name, PAGES, PAGES)
            .build();
    MethodSpec bySize =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .addJavadoc(javadoc(method, call, "{@code pageSize} items a page"))
            .addJavadoc("@param request the params; its {@code pagination} is set page by page\n")
            .addJavadoc("@param pageSize items a page, at least 1 (the portal allows at most 200)\n")
            .addJavadoc(returnsAndThrows())
            .returns(stream)
            .addParameter(request, "request")
            .addParameter(TypeName.INT, "pageSize")
            .addStatement("return $N(request, pageSize, $T.DEFAULT_MAX_PAGES)", name, PAGES)
            .build();
    MethodSpec bounded =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .addJavadoc(javadoc(method, call, "{@code pageSize} items a page, at most {@code maxPages} pages"))
            .addJavadoc("@param request the params; its {@code pagination} is set page by page\n")
            .addJavadoc("@param pageSize items a page, at least 1 (the portal allows at most 200)\n")
            .addJavadoc("@param maxPages the most pages fetched, at least 1\n")
            .addJavadoc(returnsAndThrows())
            .returns(stream)
            .addParameter(request, "request")
            .addParameter(TypeName.INT, "pageSize")
            .addParameter(TypeName.INT, "maxPages")
            .beginControlFlow("if (request == null)")
            .addStatement("throw new $T($S)", IllegalArgumentException.class, "request is missing")
            .endControlFlow()
            .addStatement(
                "return $T.stream(pageSize, maxPages, (page, limit) -> $N(request.withPagination($L)).result().items())",
                PAGES,
                call,
                newPagination(method, pagination.get()))
            .build();
    return List.of(byDefault, bySize, bounded);
  }

  private static CodeBlock javadoc(MethodModel method, String call, String pageText, Object... args) {
    return CodeBlock.builder()
        .add("Every item of {@link #$L}, page after page of ", call)
        .add(pageText, args)
        .add(
            ": {@code $L} called with {@code pagination} set to page 1, 2, ...\n",
            JavadocText.escape(method.name()))
        .add("\n<p>Lazy: a page is fetched only when the stream needs its first item, and each page\n")
        .add("is an ordinary call, paced, retried and error-checked by the client like any other. The\n")
        .add("walk stops on a short page (fewer items than the page size) and after\n")
        .add("{@link $T#DEFAULT_MAX_PAGES} pages unless bounded otherwise, so a portal that ignores\n", PAGES)
        .add("paging cannot make it loop forever. A failed page call throws from the stream.\n\n")
        .build();
  }

  private static CodeBlock returnsAndThrows() {
    return CodeBlock.builder()
        .add("@return the items of every page, in order\n")
        .add("@throws IllegalArgumentException if the request is missing or a bound is below 1\n")
        .build();
  }

  /** {@code new Pagination((long) page, (long) limit, null)}, in the record's component order. */
  private CodeBlock newPagination(MethodModel method, NamedType pagination) {
    List<FieldModel> fields = ((TypeRef.InlineObject) pagination.shape()).fields();
    CodeBlock arguments =
        fields.stream()
            .map(
                f ->
                    switch (f.name()) {
                      case "page" -> CodeBlock.of("(long) page");
                      case "limit" -> CodeBlock.of("(long) limit");
                      default -> CodeBlock.of("null");
                    })
            .collect(CodeBlock.joining(", "));
    return CodeBlock.of("new $T($L)", names.namedType(method.scope(), pagination.name()), arguments);
  }

  private static Optional<FieldModel> itemsField(MethodModel method) {
    return method.result().stream()
        .filter(f -> f.name().equals(ITEMS_FIELD) && f.type() instanceof TypeRef.ArrayOf)
        .findFirst();
  }

  private Optional<NamedType> paginationType(MethodModel method) {
    boolean hasParam =
        method.params().stream()
            .anyMatch(
                p ->
                    p.name().equals(PAGINATION_PARAM)
                        && p.type() instanceof TypeRef.Named named
                        && named.name().equals(PAGINATION_TYPE));
    if (!hasParam) {
      return Optional.empty();
    }
    return namedTypes.stream()
        .filter(t -> (t.scope().equals(method.scope()) || t.isCommon()) && t.name().equals(PAGINATION_TYPE))
        .filter(t -> t.shape() instanceof TypeRef.InlineObject object && hasPageAndLimit(object))
        .findFirst();
  }

  private static boolean hasPageAndLimit(TypeRef.InlineObject object) {
    return isInteger(object, "page") && isInteger(object, "limit");
  }

  private static boolean isInteger(TypeRef.InlineObject object, String name) {
    return object.fields().stream()
        .anyMatch(
            f ->
                f.name().equals(name)
                    && f.type() instanceof TypeRef.Scalar scalar
                    && scalar.type() == ScalarType.INTEGER);
  }
}
