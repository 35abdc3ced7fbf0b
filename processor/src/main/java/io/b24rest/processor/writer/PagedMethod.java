package io.b24rest.processor.writer;

import com.palantir.javapoet.CodeBlock;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.Paging;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * What the page walkers and the bulk read need of a method whose pages are walked: its paging,
 * the result field that holds a page's items, the paging param and that param's named type.
 */
record PagedMethod(
    MethodModel method,
    Paging paging,
    FieldModel items,
    FieldModel param,
    NamedType pagingType,
    List<FieldModel> pagingFields) {

  /**
   * {@code method} as a paged method, if its pages can be walked: paging of style {@code page} or
   * {@code cursor}, an object result holding the items, a paging param of an object type.
   */
  static Optional<PagedMethod> of(MethodModel method, SpecModel model) {
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
    return Optional.of(new PagedMethod(method, paging.get(), items.get(), param.get(), type.get(), object.fields()));
  }

  static Optional<FieldModel> field(List<FieldModel> fields, String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The request's wither of the paging param, {@code withPagination}. */
  String wither() {
    return "with" + JavaNames.upperCamel(JavaNames.member(param.name()));
  }

  /** The paging object: page, limit and cursor set, its other fields kept from the request. */
  CodeBlock newPaging(ApiNames names, String page, String cursor) {
    String param = JavaNames.member(this.param.name());
    String cursorKey = paging.cursorParam().orElse("");
    CodeBlock arguments =
        pagingFields.stream()
            .map(
                f -> {
                  if (f.name().equals("limit")) {
                    return CodeBlock.of("(long) limit");
                  } else if (f.name().equals("page") && paging.style() == Paging.Style.PAGE) {
                    return CodeBlock.of(page);
                  } else if (f.name().equals(cursorKey)) {
                    return CodeBlock.of(cursor);
                  }
                  // Any other key (offset, say) is kept as the caller set it.
                  return CodeBlock.of(
                      "request.$N() == null ? null : request.$N().$N()", param, param, JavaNames.member(f.name()));
                })
            .collect(CodeBlock.joining(",\n"));
    return CodeBlock.of("new $T(\n$>$L$<)", names.namedType(pagingType), arguments);
  }
}
