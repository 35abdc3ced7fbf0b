package io.b24rest.processor.writer;

import io.b24rest.spec.model.ErrorCode;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.SpecModel;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An API already compiled elsewhere (the library's {@code io.b24rest.api}, from its specs): a
 * project's own specs may use its named types and error codes, and get its classes for them.
 */
public final class ProvidedApi {
  private final ApiNames names;
  private final SpecModel model;
  private final Set<String> types;
  private final Set<String> codes;

  /**
   * @param basePackage the package the API was generated into
   * @param model its specs
   */
  public ProvidedApi(String basePackage, SpecModel model) {
    this.names = new ApiNames(basePackage, model);
    this.model = model;
    this.types = model.types().stream().map(t -> key(t.scope(), t.name())).collect(Collectors.toUnmodifiableSet());
    this.codes = model.errorCodes().stream().map(ErrorCode::code).collect(Collectors.toUnmodifiableSet());
  }

  /** The names the API was generated with. */
  public ApiNames names() {
    return names;
  }

  /** Its specs. */
  public SpecModel model() {
    return model;
  }

  boolean hasType(String scope, String name) {
    return types.contains(key(scope, name));
  }

  /** Whether the API has an exception class for {@code code}. */
  public boolean hasCode(String code) {
    return codes.contains(code);
  }

  /** Whether the API declares the named type. */
  public boolean hasType(NamedType type) {
    return hasType(type.scope(), type.name());
  }

  private static String key(String scope, String name) {
    return scope + "/" + name;
  }
}
