package io.b24rest.spec.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from the specs of one build, validated: what the writers turn into Java and
 * what the testkit serves.
 *
 * @param methods every method, sorted by name
 * @param types every named type, sorted by scope and name
 * @param errorCodes every error code with an exception of its own, sorted by code
 */
public record SpecModel(List<MethodModel> methods, List<NamedType> types, List<ErrorCode> errorCodes) {
  public SpecModel {
    methods = List.copyOf(methods);
    types = List.copyOf(types);
    errorCodes = List.copyOf(errorCodes);
  }

  /**
   * The named type {@code name} as a spec of {@code scope} sees it: the scope's own type, else the
   * common type of that name.
   */
  public Optional<NamedType> type(String scope, String name) {
    Optional<NamedType> own =
        types.stream().filter(t -> t.scope().equals(scope) && t.name().equals(name)).findFirst();
    return own.isPresent()
        ? own
        : types.stream().filter(t -> t.isCommon() && t.name().equals(name)).findFirst();
  }
}
