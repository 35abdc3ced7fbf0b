package io.b24rest.testkit;

import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.Paging;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.TypeRef;
import java.util.List;
import java.util.Optional;

/** The {@link PagingPlan} of a method's {@code paging} spec, its cursor's shape read off its params. */
final class PagingPlans {
  private PagingPlans() {}

  static PagingPlan of(MethodModel method, Paging paging, SpecLookup spec) {
    boolean cursor = paging.style() == Paging.Style.CURSOR;
    Optional<TypeRef> cursorType =
        cursor
            ? fieldsOf(method.scope(), param(method, paging.param()), spec).stream()
                .filter(f -> paging.cursorParam().map(f.name()::equals).orElse(false))
                .findFirst()
                .map(FieldModel::type)
            : Optional.empty();
    List<String> cursorFields =
        cursorType
            .map(type -> fieldsOf(method.scope(), Optional.of(type), spec))
            .orElse(List.of())
            .stream()
            .map(FieldModel::name)
            .toList();
    boolean textCursor =
        cursorType.filter(t -> t instanceof TypeRef.Scalar s && s.type() == ScalarType.STRING)
            .isPresent();
    return new PagingPlan(
        cursor,
        paging.param(),
        paging.items(),
        paging.maxLimit(),
        paging.defaultLimit(),
        paging.cursorParam(),
        paging.nextCursor(),
        cursorFields,
        textCursor);
  }

  private static Optional<TypeRef> param(MethodModel method, String name) {
    return method.params().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .map(FieldModel::type);
  }

  /** The fields of an object type, inline or named; none for any other type. */
  private static List<FieldModel> fieldsOf(String scope, Optional<TypeRef> type, SpecLookup spec) {
    Optional<TypeRef> shape =
        type.flatMap(
            t ->
                t instanceof TypeRef.Named named
                    ? spec.type(scope, named.name()).map(n -> n.shape())
                    : Optional.of(t));
    return shape
        .filter(TypeRef.InlineObject.class::isInstance)
        .map(s -> ((TypeRef.InlineObject) s).fields())
        .orElse(List.of());
  }
}
