package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.b24rest.spec.model.ErrorCode;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where each generated type goes and what it is called, under one base package.
 *
 * <p>A method {@code humanresources.node.communication.list} belongs to the group
 * {@code humanresources.node.communication}; the group, without its scope prefix, names the Feign
 * interface {@code NodeCommunicationApi}, the request {@code NodeCommunicationListRequest} and the
 * result {@code NodeCommunicationListResult}, all in package {@code <base>.humanresources}.
 */
public final class ApiNames {
  private final String basePackage;
  private final Set<String> scopeTypes;
  private final Optional<ProvidedApi> provided;

  /**
   * @param basePackage the package that receives the generated code
   * @param model the specs, whose named types decide in which package a type name resolves
   */
  public ApiNames(String basePackage, SpecModel model) {
    this(basePackage, model, Optional.empty());
  }

  private ApiNames(String basePackage, SpecModel model, Optional<ProvidedApi> provided) {
    this.basePackage = basePackage;
    this.scopeTypes =
        model.types().stream().filter(t -> !t.isCommon()).map(t -> t.scope() + "/" + t.name()).collect(Collectors.toSet());
    this.provided = provided;
  }

  /**
   * Names for a project's own specs that also use the library's: the named types and error codes
   * of {@code library} keep the library's classes (its exceptions are never generated twice).
   */
  public static ApiNames withProvided(String basePackage, SpecModel model, ProvidedApi library) {
    return new ApiNames(basePackage, model, Optional.of(library));
  }

  /** The base package, for example {@code io.b24rest.api}. */
  public String basePackage() {
    return basePackage;
  }

  /** The package of a scope, for example {@code io.b24rest.api.humanresources}. */
  public String scopePackage(String scope) {
    return basePackage + "." + JavaNames.packageSegment(scope);
  }

  /** The package of the exceptions and the error registry. */
  public String errorsPackage() {
    return basePackage + ".errors";
  }

  /**
   * The Feign interface of the method's group, for example {@code NodeCommunicationApi}, or the
   * one the spec names ({@code java.api}).
   */
  public ClassName api(MethodModel method) {
    return ClassName.get(scopePackage(method.scope()), method.java().api().orElse(groupName(method) + "Api"));
  }

  /** The request record, for example {@code NodeCommunicationListRequest}. */
  public ClassName request(MethodModel method) {
    return ClassName.get(scopePackage(method.scope()), groupName(method) + actionName(method) + "Request");
  }

  /**
   * The Java type of {@code result}: the result record ({@code NodeCommunicationListResult}) for a
   * result of fields, else the type the spec gives ({@code Node}, {@code Boolean},
   * {@code List<Message>}).
   */
  public TypeName result(MethodModel method) {
    TypeRef shape = method.resultShape();
    if (shape instanceof TypeRef.InlineObject) {
      return resultRecord(method);
    }
    return new JavaTypes(this).of(shape, method.scope(), resultItem(method));
  }

  /**
   * The class of {@link #result}, without type arguments: {@code List} for
   * {@code List<Message>}, for descriptors and {@code Bitrix24Request.resultType()}.
   */
  public TypeName resultClass(MethodModel method) {
    TypeName result = result(method);
    return result instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : result;
  }

  /**
   * The top-level type an inline object or enum at the root of {@code result} becomes ({@code
   * type: array<object>} with fields), for example {@code MessageThreadItem}.
   */
  public ClassName resultItem(MethodModel method) {
    return ClassName.get(scopePackage(method.scope()), groupName(method) + actionName(method) + "Item");
  }

  /** The record a result of fields becomes, for example {@code NodeCommunicationListResult}. */
  public ClassName resultRecord(MethodModel method) {
    return ClassName.get(scopePackage(method.scope()), groupName(method) + actionName(method) + "Result");
  }

  /**
   * The Java method of the interface: the spec's {@code java.method}, else the action with its
   * compound words split ({@link JavaNames#action}), for example {@code list}.
   */
  public String javaMethod(MethodModel method) {
    return method.java().method().orElseGet(() -> JavaNames.action(method.action()));
  }

  /** A named type as a spec of {@code scope} sees it: the scope's own, else the common one. */
  public ClassName namedType(String scope, String name) {
    if (provided.isPresent()) {
      for (String owner : new String[] {scope, NamedType.COMMON_SCOPE}) {
        if (provided.get().hasType(owner, name)) {
          return provided.get().names().namedType(owner, name);
        }
      }
    }
    String owner = scopeTypes.contains(scope + "/" + name) ? scope : NamedType.COMMON_SCOPE;
    return ClassName.get(scopePackage(owner), name);
  }

  /** A named type where it is declared. */
  public ClassName namedType(NamedType type) {
    return ClassName.get(scopePackage(type.scope()), type.name());
  }

  /** The exception of an error code, for example {@code EntityNotFoundException}. */
  public ClassName exception(ErrorCode code) {
    if (provided.isPresent() && provided.get().hasCode(code.code())) {
      return provided.get().names().exception(code);
    }
    return ClassName.get(errorsPackage(), JavaNames.upperCamel(code.exception()) + "Exception");
  }

  /** The error code registry. */
  public ClassName errorRegistry() {
    return ClassName.get(errorsPackage(), "Bitrix24Errors");
  }

  /** The method registry. */
  public ClassName methodRegistry() {
    return ClassName.get(basePackage, "Bitrix24Methods");
  }

  /** The group without its scope prefix, UpperCamel; the scope itself when nothing is left. */
  private static String groupName(MethodModel method) {
    String group = method.group();
    String prefix = method.scope() + ".";
    String rest = group.startsWith(prefix) ? group.substring(prefix.length()) : group;
    return JavaNames.upperCamel(rest);
  }

  private String actionName(MethodModel method) {
    return JavaNames.upperCamel(javaMethod(method));
  }
}
