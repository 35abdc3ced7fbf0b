package io.b24rest.spec.validation;

import io.b24rest.spec.reader.NamedTypeDraft;
import io.b24rest.spec.reader.SpecDrafts;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import io.b24rest.spec.model.NamedType;

/**
 * The named types of each scope, whichever file of the scope declares them; reports a name
 * declared twice in a scope and a name that is not UpperCamelCase.
 */
final class DeclaredTypes {
  private final Map<String, Map<String, NamedTypeDraft>> byScope = new HashMap<>();

  private DeclaredTypes() {}

  static DeclaredTypes collect(SpecDrafts drafts, Diagnostics diagnostics) {
    DeclaredTypes declared = new DeclaredTypes();
    drafts.namedTypes()
        .sorted(java.util.Comparator.comparing((NamedTypeDraft t) -> t.location().file()).thenComparingInt(t -> t.location().line()))
        .forEach(type -> declared.add(type, diagnostics));
    declared.rejectShadowing(diagnostics);
    return declared;
  }

  private void add(NamedTypeDraft type, Diagnostics diagnostics) {
    String name = type.name().value();
    if (name.isEmpty()) {
      return;
    }
    if (!NamingRules.isUpperCamelCase(name)) {
      diagnostics.report(
          type.name().location(),
          "type name '" + name + "' is not UpperCamelCase",
          "rename it to '" + NamingRules.toUpperCamelCase(name) + "' and update the fields that use it");
    }
    NamingRules.javaTypeClash(name)
        .ifPresent(
            clash ->
                diagnostics.report(
                    type.name().location(),
                    "type name '" + name + "' is the name of " + clash + "; generated code that imports"
                        + " both would not compile or would read ambiguously",
                    "rename it after what it is in Bitrix24, for example '"
                        + NamingRules.scopedSuggestion(type.scope(), name) + "', and update the fields that use it"));
    NamedTypeDraft first = byScope.computeIfAbsent(type.scope(), s -> new TreeMap<>()).putIfAbsent(name, type);
    if (first != null) {
      diagnostics.report(
          type.name().location(),
          "type '" + name + "' is declared twice in scope '" + type.scope() + "'; first at " + first.location(),
          "remove one of the two declarations or rename one");
    }
  }

  /** A scope type may not take the name of a common type: a spec could not tell which it means. */
  private void rejectShadowing(Diagnostics diagnostics) {
    Map<String, NamedTypeDraft> common = byScope.getOrDefault(NamedType.COMMON_SCOPE, Map.of());
    byScope.forEach(
        (scope, types) -> {
          if (scope.equals(NamedType.COMMON_SCOPE)) {
            return;
          }
          types.forEach(
              (name, type) -> {
                NamedTypeDraft shared = common.get(name);
                if (shared != null) {
                  diagnostics.report(
                      type.name().location(),
                      "type '" + name + "' of scope '" + scope + "' has the name of a common type, declared at "
                          + shared.location(),
                      "use the common type '" + name + "' and remove this declaration, or rename this one");
                }
              });
        });
  }

  /** The type {@code name} as a spec of {@code scope} sees it: the scope's own, else the common one. */
  Optional<NamedTypeDraft> find(String scope, String name) {
    NamedTypeDraft own = byScope.getOrDefault(scope, Map.of()).get(name);
    return Optional.ofNullable(own != null ? own : byScope.getOrDefault(NamedType.COMMON_SCOPE, Map.of()).get(name));
  }

  /** Every type name a spec of {@code scope} may use: the scope's and the common ones. */
  Set<String> names(String scope) {
    Set<String> names = new TreeSet<>(byScope.getOrDefault(scope, Map.of()).keySet());
    names.addAll(byScope.getOrDefault(NamedType.COMMON_SCOPE, Map.of()).keySet());
    return names;
  }
}
