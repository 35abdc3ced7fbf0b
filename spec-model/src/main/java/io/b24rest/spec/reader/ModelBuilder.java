package io.b24rest.spec.reader;

import io.b24rest.spec.model.EnumValue;
import io.b24rest.spec.model.ErrorCode;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.JavaNaming;
import io.b24rest.spec.model.MethodError;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.Paging;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import io.b24rest.spec.validation.ExceptionNames;
import java.util.ArrayList;
import java.util.Arrays;
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
    FieldDraft resultDraft = draft.result().orElseThrow();
    TypeRef resultShape = field(resultDraft).type();
    Optional<String> resultType =
        resultShape instanceof TypeRef.Named named ? Optional.of(named.name()) : Optional.empty();
    // A result that is a named type has that type's fields, so that tools reading result() (the
    // testkit, the paging writer) need not tell the two forms apart.
    List<FieldModel> resultFields = List.of();
    if (resultShape instanceof TypeRef.InlineObject object) {
      resultFields = object.fields();
    } else if (resultShape instanceof TypeRef.Named named) {
      resultFields =
          namedTypeDraft(drafts, draft.folder(), named.name())
              .flatMap(NamedTypeDraft::fields)
              .map(fields -> fields(fields.value()))
              .orElse(List.of());
    }
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
        resultFields,
        draft.resultDescription(),
        draft.errors().stream()
            .map(
                e ->
                    new MethodError(
                        e.code().value(),
                        e.fields().stream().map(Located::value).toList(),
                        e.description(),
                        e.fix(),
                        e.location()))
            .toList(),
        draft.requestExample(),
        draft.responseExamples(),
        draft.location(),
        resultType,
        resultShape,
        draft.paging().map(ModelBuilder::paging),
        new JavaNaming(draft.java().method().map(Located::value), draft.java().api().map(Located::value)));
  }

  /** The type {@code name} as a spec of {@code scope} sees it: its own scope's, else the common one. */
  static Optional<NamedTypeDraft> namedTypeDraft(SpecDrafts drafts, String scope, String name) {
    Optional<NamedTypeDraft> own =
        drafts.namedTypes().filter(t -> t.scope().equals(scope) && t.name().value().equals(name)).findFirst();
    return own.isPresent()
        ? own
        : drafts
            .namedTypes()
            .filter(t -> t.scope().equals(NamedType.COMMON_SCOPE) && t.name().value().equals(name))
            .findFirst();
  }

  private static Paging paging(PagingDraft draft) {
    return new Paging(
        Arrays.stream(Paging.Style.values()).filter(s -> s.specName().equals(draft.style().value())).findFirst().orElseThrow(),
        draft.param().value(),
        draft.items().value(),
        draft.maxLimit().orElseThrow().value(),
        draft.defaultLimit().orElseThrow().value(),
        draft.cursorParam().map(Located::value),
        draft.nextCursor().map(Located::value),
        draft.keyset().map(k -> new Paging.Keyset(k.field().value(), k.filter().value(), k.order().value())),
        draft.location());
  }

  private static NamedType namedType(NamedTypeDraft draft) {
    TypeRef shape =
        draft.fields().isPresent()
            ? new TypeRef.InlineObject(fields(draft.fields().get().value()))
            : inlineEnum(draft.values().orElseThrow().value());
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
            : List.of(),
        draft.format().map(Located::value),
        draft.isRelation());
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
      return inlineEnum(draft.values().orElseThrow().value());
    }
    return new TypeRef.InlineObject(fields(draft.fields().orElseThrow().value()));
  }

  private static TypeRef.InlineEnum inlineEnum(List<EnumValueDraft> drafts) {
    boolean numeric = !drafts.isEmpty() && drafts.stream().allMatch(EnumValueDraft::numeric);
    return new TypeRef.InlineEnum(values(drafts), numeric);
  }

  private static List<EnumValue> values(List<EnumValueDraft> drafts) {
    return drafts.stream().map(v -> new EnumValue(v.value().value(), v.description())).toList();
  }

  /**
   * The catalogue's codes, then the codes only methods declare, in file order: the first status
   * and the first exception written win (validation made sure they agree), and a code whose
   * methods name no exception gets one derived from the code and the first declaring scope.
   */
  private static List<ErrorCode> errorCodes(SpecDrafts drafts) {
    Map<String, ErrorCode> codes = new LinkedHashMap<>();
    drafts.catalogues().forEach(c -> c.errors().forEach(e -> codes.putIfAbsent(e.code().value(), catalogued(e))));
    Map<String, List<ErrorDraft>> declared = new LinkedHashMap<>();
    Map<String, String> firstScope = new LinkedHashMap<>();
    drafts.methods().stream()
        .sorted(Comparator.comparing(MethodDraft::path))
        .forEach(
            m ->
                m.errors().stream()
                    .filter(e -> !codes.containsKey(e.code().value()))
                    .forEach(
                        e -> {
                          declared.computeIfAbsent(e.code().value(), k -> new ArrayList<>()).add(e);
                          firstScope.putIfAbsent(e.code().value(), m.folder());
                        }));
    declared.forEach(
        (code, errors) -> {
          ErrorDraft first = errors.get(0);
          codes.put(
              code,
              new ErrorCode(
                  code,
                  errors.stream().flatMap(e -> e.status().stream()).findFirst().map(Located::value),
                  errors.stream()
                      .flatMap(e -> e.exception().stream())
                      .findFirst()
                      .map(Located::value)
                      .orElseGet(() -> ExceptionNames.derive(code, firstScope.get(code))),
                  first.description(),
                  first.fix(),
                  first.location()));
        });
    return codes.values().stream().sorted(Comparator.comparing(ErrorCode::code)).toList();
  }

  private static ErrorCode catalogued(ErrorDraft draft) {
    return new ErrorCode(
        draft.code().value(),
        draft.status().map(Located::value),
        draft.exception().orElseThrow().value(),
        draft.description(),
        draft.fix(),
        draft.location());
  }
}
