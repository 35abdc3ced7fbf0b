package io.b24rest.spec.reader;

import io.b24rest.spec.model.EnumValue;
import io.b24rest.spec.model.ErrorCode;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodError;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns drafts that passed every check into the model; it assumes they are valid. */
final class ModelBuilder {
  private ModelBuilder() {}

  static SpecModel build(SpecDrafts drafts) {
    List<MethodModel> methods =
        drafts.methods().stream().map(m -> method(m, drafts)).sorted(Comparator.comparing(MethodModel::name)).toList();
    List<NamedType> types =
        drafts
            .namedTypes()
            .map(ModelBuilder::namedType)
            .sorted(Comparator.comparing(NamedType::scope).thenComparing(NamedType::name))
            .toList();
    return new SpecModel(methods, types, errorCodes(drafts));
  }

  private static MethodModel method(MethodDraft draft, SpecDrafts drafts) {
    Optional<String> resultType = draft.resultType().map(Located::value);
    // A result that is a named type has that type's fields, so that tools reading result() (the
    // testkit, the paging writer) need not tell the two forms apart.
    List<FieldDraft> resultFields =
        resultType
            .flatMap(
                name ->
                    drafts
                        .namedTypes()
                        .filter(t -> t.scope().equals(draft.folder()) && t.name().value().equals(name))
                        .findFirst())
            .flatMap(NamedTypeDraft::fields)
            .map(Located::value)
            .orElse(draft.result());
    return new MethodModel(
        draft.name().value(),
        draft.scope().value(),
        draft.kind().orElseThrow(),
        draft.access(),
        draft.summary(),
        draft.description(),
        draft.docs(),
        draft.notes(),
        fields(draft.params()),
        fields(resultFields),
        draft.resultDescription(),
        draft.errors().stream()
            .map(e -> new MethodError(e.code().value(), e.field().map(Located::value), e.description(), e.fix(), e.location()))
            .toList(),
        draft.requestExample(),
        draft.responseExamples(),
        draft.location(),
        resultType);
  }

  private static NamedType namedType(NamedTypeDraft draft) {
    TypeRef shape =
        draft.fields().isPresent()
            ? new TypeRef.InlineObject(fields(draft.fields().get().value()))
            : new TypeRef.InlineEnum(values(draft.values().orElseThrow().value()));
    return new NamedType(draft.name().value(), draft.scope(), draft.description(), shape, draft.location());
  }

  private static List<FieldModel> fields(List<FieldDraft> drafts) {
    return drafts.stream().map(ModelBuilder::field).toList();
  }

  private static FieldModel field(FieldDraft draft) {
    TypeExpression expression = TypeExpressionParser.parse(draft.type().value()).expression().orElseThrow();
    return new FieldModel(
        draft.name().value(),
        typeRef(expression, draft),
        draft.required(),
        draft.nullable(),
        draft.defaultValue(),
        draft.presence(),
        draft.description(),
        draft.location(),
        expression.innermost() instanceof TypeExpression.Scalar
            ? draft.values().map(v -> values(v.value())).orElse(List.of())
            : List.of());
  }

  private static TypeRef typeRef(TypeExpression expression, FieldDraft draft) {
    if (expression instanceof TypeExpression.Scalar scalar) {
      return new TypeRef.Scalar(scalar.type());
    } else if (expression instanceof TypeExpression.ArrayOf array) {
      return new TypeRef.ArrayOf(typeRef(array.element(), draft));
    } else if (expression instanceof TypeExpression.MapOf map) {
      return new TypeRef.MapOf(typeRef(map.value(), draft));
    } else if (expression instanceof TypeExpression.Name name) {
      return new TypeRef.Named(name.name());
    } else if (expression instanceof TypeExpression.InlineEnum) {
      return new TypeRef.InlineEnum(values(draft.values().orElseThrow().value()));
    }
    return new TypeRef.InlineObject(fields(draft.fields().orElseThrow().value()));
  }

  private static List<EnumValue> values(List<EnumValueDraft> drafts) {
    return drafts.stream().map(v -> new EnumValue(v.value().value(), v.description())).toList();
  }

  /** The catalogue's codes, then the codes only methods declare; the first declaration wins. */
  private static List<ErrorCode> errorCodes(SpecDrafts drafts) {
    Map<String, ErrorCode> codes = new LinkedHashMap<>();
    drafts.catalogues().forEach(c -> c.errors().forEach(e -> codes.putIfAbsent(e.code().value(), errorCode(e))));
    drafts.methods().stream()
        .sorted(Comparator.comparing(MethodDraft::path))
        .flatMap(m -> m.errors().stream())
        .filter(e -> e.status().isPresent() && e.exception().isPresent())
        .forEach(e -> codes.putIfAbsent(e.code().value(), errorCode(e)));
    return codes.values().stream().sorted(Comparator.comparing(ErrorCode::code)).toList();
  }

  private static ErrorCode errorCode(ErrorDraft draft) {
    return new ErrorCode(
        draft.code().value(),
        draft.status().orElseThrow().value(),
        draft.exception().orElseThrow().value(),
        draft.description(),
        draft.fix(),
        draft.location());
  }
}
