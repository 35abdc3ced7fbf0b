package io.b24rest.spec.model;

import io.b24rest.core.MethodKind;
import java.util.List;
import java.util.Optional;

/**
 * One Bitrix24 REST method, as its spec describes it.
 *
 * @param name the REST method name, for example {@code humanresources.node.communication.list}
 * @param scope the permission scope, for example {@code humanresources}
 * @param kind read or write
 * @param access who may call it
 * @param summary one sentence on what it does
 * @param description more text, if the docs have it
 * @param docs link to the docs page
 * @param notes where the spec deviates from or interprets the docs, and why
 * @param params the request params, in spec order
 * @param result the fields of {@code result}, in spec order (those of the named type when the
 *     result is one)
 * @param resultDescription what the result holds
 * @param errors the errors the method documents
 * @param requestExample the docs' request body, as compact JSON
 * @param responseExamples the docs' answers
 * @param location where the method is declared
 * @param resultType the named object type that {@code result} is ({@code result: {type: Node}}),
 *     if the spec says so; the result then has no record of its own
 * @param resultShape the type of {@code result}: an {@link TypeRef.InlineObject} of the listed
 *     fields, a {@link TypeRef.Named} type, or any other type expression ({@code boolean},
 *     {@code array<Message>})
 * @param paging how the method pages, if it is a paged list
 * @param java the Java names the spec chooses itself
 */
public record MethodModel(
    String name,
    String scope,
    MethodKind kind,
    String access,
    String summary,
    Optional<String> description,
    String docs,
    Optional<String> notes,
    List<FieldModel> params,
    List<FieldModel> result,
    String resultDescription,
    List<MethodError> errors,
    Optional<String> requestExample,
    List<Example> responseExamples,
    SourceLocation location,
    Optional<String> resultType,
    TypeRef resultShape,
    Optional<Paging> paging,
    JavaNaming java) {

  public MethodModel {
    params = List.copyOf(params);
    result = List.copyOf(result);
    errors = List.copyOf(errors);
    responseExamples = List.copyOf(responseExamples);
  }

  /**
   * A method as format v1 could describe it: a result of fields or a named type, not paged, no
   * Java names of its own.
   */
  public MethodModel(
      String name,
      String scope,
      MethodKind kind,
      String access,
      String summary,
      Optional<String> description,
      String docs,
      Optional<String> notes,
      List<FieldModel> params,
      List<FieldModel> result,
      String resultDescription,
      List<MethodError> errors,
      Optional<String> requestExample,
      List<Example> responseExamples,
      SourceLocation location,
      Optional<String> resultType) {
    this(name, scope, kind, access, summary, description, docs, notes, params, result,
        resultDescription, errors, requestExample, responseExamples, location, resultType,
        resultType.<TypeRef>map(TypeRef.Named::new).orElseGet(() -> new TypeRef.InlineObject(result)),
        Optional.empty(), JavaNaming.NONE);
  }

  /** The group the method belongs to: its name without the last segment. */
  public String group() {
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** The last segment of the name: the action, for example {@code list}. */
  public String action() {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /**
   * The docs' answer with HTTP status {@code status}, if the spec has one (the first, if it has
   * several).
   */
  public Optional<Example> responseExample(int status) {
    return responseExamples.stream().filter(example -> example.status() == status).findFirst();
  }
}
