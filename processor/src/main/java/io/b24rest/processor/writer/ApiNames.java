package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import io.b24rest.spec.model.ErrorCode;
import io.b24rest.spec.model.MethodModel;
import java.util.Optional;

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
  private final Optional<ProvidedApi> provided;

  public ApiNames(String basePackage) {
    this(basePackage, Optional.empty());
  }

  private ApiNames(String basePackage, Optional<ProvidedApi> provided) {
    this.basePackage = basePackage;
    this.provided = provided;
  }

  /**
   * Names for a project's own specs that also use the library's: the named types and error codes
   * of {@code library} keep the library's classes (its exceptions are never generated twice).
   */
  public static ApiNames withProvided(String basePackage, ProvidedApi library) {
    return new ApiNames(basePackage, Optional.of(library));
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

  /** The Feign interface of the method's group, for example {@code NodeCommunicationApi}. */
  public ClassName api(MethodModel method) {
    return ClassName.get(scopePackage(method.scope()), groupName(method) + "Api");
  }

  /** The request record, for example {@code NodeCommunicationListRequest}. */
  public ClassName request(MethodModel method) {
    return ClassName.get(scopePackage(method.scope()), groupName(method) + actionName(method) + "Request");
  }

  /**
   * The result record, for example {@code NodeCommunicationListResult}; the named type itself when
   * the spec says the result is one ({@code result: {type: Node}}).
   */
  public ClassName result(MethodModel method) {
    if (method.resultType().isPresent()) {
      return namedType(method.scope(), method.resultType().get());
    }
    return ClassName.get(scopePackage(method.scope()), groupName(method) + actionName(method) + "Result");
  }

  /** The Java method of the interface: the action, for example {@code list}. */
  public String javaMethod(MethodModel method) {
    return JavaNames.member(method.action());
  }

  /** A named type of a scope. */
  public ClassName namedType(String scope, String name) {
    if (provided.isPresent() && provided.get().hasType(scope, name)) {
      return provided.get().names().namedType(scope, name);
    }
    return ClassName.get(scopePackage(scope), name);
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

  private static String actionName(MethodModel method) {
    return JavaNames.upperCamel(method.action());
  }
}
