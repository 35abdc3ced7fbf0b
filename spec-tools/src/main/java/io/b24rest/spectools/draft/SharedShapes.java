package io.b24rest.spectools.draft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Object shapes that repeat across the drafts of one scope (the task of {@code tasks.task.get},
 * {@code add} and {@code update}), declared once as named types of the scope's
 * {@code <scope>.types.yaml} and referred to by name from each method, as format v2 allows.
 *
 * <p>A shape is an object (or array of objects) result field with at least {@value #MIN_KEYS}
 * keys; two fields have the same shape when their keys have the same names and types at every
 * depth (descriptions may differ: the first page's are kept). A shape repeats when two methods
 * have it; only the outermost repeating shapes are factored. The importer names each type after
 * the field ({@code item} after the entity of the method group) and says so with a TODO.
 */
public final class SharedShapes {
  /** Fewer keys than this are not worth a type of their own. */
  static final int MIN_KEYS = 2;

  /** Field names that say nothing of the entity: such a shape is named after the method group. */
  private static final Set<String> GENERIC = Set.of("item", "items", "result", "fields", "data", "entity");

  private SharedShapes() {}

  /**
   * Replaces each repeating shape in {@code drafts} by a reference to a new named type.
   *
   * @param reserved type names a scope must not get (names the Java code or the common types take)
   * @return the new types of each scope, by scope; empty where nothing repeats
   */
  public static Map<String, List<DraftType>> factor(List<DraftMethod> drafts, Set<String> reserved) {
    Map<String, List<DraftMethod>> byScope = new TreeMap<>();
    drafts.forEach(draft -> byScope.computeIfAbsent(draft.scope, s -> new ArrayList<>()).add(draft));
    Map<String, List<DraftType>> types = new TreeMap<>();
    byScope.forEach((scope, methods) -> {
      List<DraftType> found = factorScope(scope, methods, reserved);
      if (!found.isEmpty()) {
        types.put(scope, found);
      }
    });
    return types;
  }

  private record Place(DraftMethod method, DraftField field) {}

  private static List<DraftType> factorScope(String scope, List<DraftMethod> methods, Set<String> reserved) {
    Map<String, List<Place>> bySignature = new LinkedHashMap<>();
    for (DraftMethod method : methods) {
      collect(method, method.resultFields, bySignature);
    }
    Set<String> taken = new LinkedHashSet<>(reserved);
    methods.forEach(method -> method.types.forEach(type -> taken.add(type.name)));
    // Outermost first: a longer signature holds the shorter ones nested in it.
    List<Map.Entry<String, List<Place>>> groups = new ArrayList<>(bySignature.entrySet());
    groups.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
    Set<DraftField> factored = Collections.newSetFromMap(new IdentityHashMap<>());
    List<DraftType> types = new ArrayList<>();
    for (Map.Entry<String, List<Place>> group : groups) {
      List<Place> places = group.getValue().stream()
          .filter(place -> !factored.contains(place.field()))
          .toList();
      if (places.stream().map(Place::method).distinct().count() < 2) {
        continue;
      }
      Place first = places.get(0);
      String name = name(scope, first, taken);
      taken.add(name);
      DraftType type = new DraftType(name, first.field().description);
      type.fields.addAll(first.field().fields);
      type.todos.add("the importer named this shape, shared by "
          + String.join(", ", places.stream().map(p -> p.method().method + " (" + p.field().name + ")").distinct().toList())
          + "; rename it if the docs name the entity otherwise");
      types.add(type);
      for (Place place : places) {
        markInside(place.field(), factored);
        place.field().type = place.field().type.equals("object") ? name : "array<" + name + ">";
        place.field().fields.clear();
      }
    }
    return types;
  }

  private static void collect(DraftMethod method, List<DraftField> fields, Map<String, List<Place>> bySignature) {
    for (DraftField field : fields) {
      if (field.isObject() && field.fields.size() >= MIN_KEYS) {
        bySignature.computeIfAbsent(signature(field.fields), s -> new ArrayList<>()).add(new Place(method, field));
      }
      collect(method, field.fields, bySignature);
    }
  }

  /** The keys, their types and their nested keys, in name order: what two fields share when alike. */
  private static String signature(List<DraftField> fields) {
    List<String> keys = new ArrayList<>();
    for (DraftField field : fields) {
      keys.add(field.name + ":" + field.type + (field.fields.isEmpty() ? "" : "{" + signature(field.fields) + "}"));
    }
    Collections.sort(keys);
    return String.join(",", keys);
  }

  /** The fields within {@code field}: their keys were moved into the type or dropped with it. */
  private static void markInside(DraftField field, Set<DraftField> factored) {
    for (DraftField nested : field.fields) {
      factored.add(nested);
      markInside(nested, factored);
    }
  }

  private static String name(String scope, Place place, Set<String> taken) {
    String method = place.method().method;
    String group = method.substring(0, method.lastIndexOf('.'));
    String base = GENERIC.contains(place.field().name)
        ? Names.upperCamel(group.substring(group.lastIndexOf('.') + 1))
        : Names.upperCamel(place.field().name);
    if (base.isEmpty() || taken.contains(base)) {
      base = Names.upperCamel(scope) + base;
    }
    String name = base;
    for (int n = 2; taken.contains(name); n++) {
      name = base + n;
    }
    return name;
  }
}
