package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.Paging;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The bulk {@code listAll} overloads of a page-style method: {@code listAll(request)} and {@code
 * listAll(request, ListOptions)} read through {@code io.b24rest.core.paging.ListReader}, many pages
 * of the method's largest size per HTTP request (REST 3.0 batch), by id where the spec declares
 * {@code paging.keyset} and the request allows it. The reader is the interface's {@code
 * BulkListApi.listReader()}.
 */
final class BulkListWriter {
  private static final ClassName LIST_OPTIONS = ClassName.get("io.b24rest.core.paging", "ListOptions");
  private static final ClassName LIST_QUERY = ClassName.get("io.b24rest.core.paging", "ListQuery");
  private static final ClassName LIST_STRATEGY = ClassName.get("io.b24rest.core.paging", "ListStrategy");
  private static final ClassName FILTER = ClassName.get("io.b24rest.core.filter", "Filter");
  private static final ClassName CONDITION = ClassName.get("io.b24rest.core.filter", "Condition");

  private final ApiNames names;
  private final SpecModel model;

  BulkListWriter(ApiNames names, SpecModel model) {
    this.names = names;
    this.model = model;
  }

  /** {@code listAll(request)} of a page-style method: a bulk read with the default options. */
  MethodSpec byDefault(PagedMethod walk, ListAllSignature signature) {
    String name = signature.name();
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addJavadoc(bulkJavadoc(walk, signature.call()))
        .addJavadoc("<p>Same as {@code $N(request, $T.defaults())}.\n\n", name, LIST_OPTIONS)
        .addJavadoc("@param request the params; its {@code $L} is set page by page\n", JavadocText.escape(walk.param().name()))
        .addJavadoc("@return every record, in order\n")
        .addJavadoc("@throws IllegalArgumentException if the request is missing\n")
        .returns(signature.stream())
        .addParameter(signature.request(), "request")
        .addStatement("return $N(request, $T.defaults())", name, LIST_OPTIONS)
        .build();
  }

  /** {@code listAll(request, options)} of a page-style method: the bulk read itself. */
  MethodSpec withOptions(PagedMethod walk, ListAllSignature signature) {
    Paging paging = walk.paging();
    String call = signature.call();
    Optional<CodeBlock> byId = keysetCondition(walk);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(signature.name())
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .addJavadoc(bulkJavadoc(walk, call))
            .addJavadoc("@param request the params; its {@code $L} is set page by page\n", JavadocText.escape(walk.param().name()))
            .addJavadoc("@param options the strategy, page size, bounds and budget of the read\n")
            .addJavadoc("@return every record, in order\n")
            .addJavadoc("@throws IllegalArgumentException if the request or the options are missing, or the options\n")
            .addJavadoc("    do not fit the method (a page size above $L, a keyset strategy the request does not allow)\n", paging.maxLimit())
            .returns(signature.stream())
            .addParameter(signature.request(), "request")
            .addParameter(LIST_OPTIONS, "options")
            .beginControlFlow("if (request == null)")
            .addStatement("throw new $T($S)", IllegalArgumentException.class, "request is missing")
            .endControlFlow()
            .beginControlFlow("if (options == null)")
            .addStatement("throw new $T($S)", IllegalArgumentException.class, "options are missing")
            .endControlFlow();
    String wither = walk.wither();
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
              wither, walk.newPaging(names, "(long) page", "null"));
      id = CodeBlock.of("item -> item.$N()", JavaNames.member(spec.field()));
    }
    return method
        .addCode(
            "return listReader().read(\n$>$>new $T<$T, $T, $T>(\n$>$S,\n$L,\n$L,\nthis::$N,\n(page, limit) -> request.$N($L),\nresult -> result.$N(),\n$L,\n$L),$<\noptions);\n$<$<",
            LIST_QUERY, signature.request(), signature.result(), signature.item(),
            walk.method().name(), paging.maxLimit(), paging.defaultLimit(), call,
            wither, walk.newPaging(names, "(long) page", "null"),
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
  private Optional<CodeBlock> keysetCondition(PagedMethod walk) {
    Optional<Paging.Keyset> keyset = walk.paging().keyset();
    Optional<CodeBlock> ascending = ascendingById(walk);
    if (keyset.isEmpty() || ascending.isEmpty()) {
      return Optional.empty();
    }
    Optional<FieldModel> filter = PagedMethod.field(walk.method().params(), keyset.get().filter());
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
    Optional<FieldModel> select = PagedMethod.field(walk.method().params(), "select");
    if (select.isPresent()
        && select.get().type() instanceof TypeRef.ArrayOf array
        && array.element() instanceof TypeRef.Scalar s
        && s.type() == ScalarType.STRING) {
      condition.add("\n$>&& (request.select() == null || request.select().contains($S))$<", keyset.get().field());
    }
    return Optional.of(condition.build());
  }

  /** {@code Map.of("id", SortDirection.ASC)}, if the order param maps fields to such an enum. */
  private Optional<CodeBlock> ascendingById(PagedMethod walk) {
    Optional<Paging.Keyset> keyset = walk.paging().keyset();
    if (keyset.isEmpty()) {
      return Optional.empty();
    }
    Optional<FieldModel> order = PagedMethod.field(walk.method().params(), keyset.get().order());
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
  private List<FieldModel> itemFields(PagedMethod walk) {
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

  private static CodeBlock bulkJavadoc(PagedMethod walk, String call) {
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
}
