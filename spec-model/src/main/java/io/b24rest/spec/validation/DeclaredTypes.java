package io.b24rest.spec.validation;

import io.b24rest.spec.reader.NamedTypeDraft;
import io.b24rest.spec.reader.SpecDrafts;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
    NamedTypeDraft first = byScope.computeIfAbsent(type.scope(), s -> new TreeMap<>()).putIfAbsent(name, type);
    if (first != null) {
      diagnostics.report(
          type.name().location(),
          "type '" + name + "' is declared twice in scope '" + type.scope() + "'; first at " + first.location(),
          "remove one of the two declarations or rename one");
    }
  }

  /** The type {@code name} of {@code scope}, if declared. */
  Optional<NamedTypeDraft> find(String scope, String name) {
    return Optional.ofNullable(byScope.getOrDefault(scope, Map.of()).get(name));
  }

  /** Every type name declared in {@code scope}. */
  Set<String> names(String scope) {
    return byScope.getOrDefault(scope, Map.of()).keySet();
  }
}
