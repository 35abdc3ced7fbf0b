package io.b24rest.spectools.drift;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import io.b24rest.spectools.openapi.OpenApiDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What differs between the specs and a portal's OpenAPI document, one line a difference: methods
 * only one side has, and params or result fields, at any depth ({@code pagination.limit}), that
 * differ in name or JSON kind.
 */
public final class DriftReport {
  private final List<String> missing = new ArrayList<>();
  private final List<String> extra = new ArrayList<>();
  private final List<String> differences = new ArrayList<>();

  public static DriftReport compare(SpecModel specs, OpenApiDocument portal) {
    DriftReport report = new DriftReport();
    Map<String, MethodModel> specMethods = new HashMap<>();
    specs.methods().forEach(method -> specMethods.put(method.name(), method));
    Map<String, JsonNode> portalMethods = portal.methods();
    for (String name : new TreeSet<>(portalMethods.keySet())) {
      if (!specMethods.containsKey(name)) {
        report.missing.add(name);
      }
    }
    for (String name : new TreeSet<>(specMethods.keySet())) {
      if (!portalMethods.containsKey(name)) {
        report.extra.add(name);
      } else {
        report.compareMethod(specMethods.get(name), portalMethods.get(name), portal, specs);
      }
    }
    return report;
  }

  private void compareMethod(MethodModel method, JsonNode operation, OpenApiDocument portal, SpecModel specs) {
    // The types a method of this scope sees: the common ones, unless the scope declares its own.
    Map<String, NamedType> named = new HashMap<>();
    specs.types().stream().filter(NamedType::isCommon).forEach(t -> named.put(t.name(), t));
    specs.types().stream().filter(t -> t.scope().equals(method.scope())).forEach(t -> named.put(t.name(), t));
    Fields fields = new Fields(method.name(), named, portal);
    portal.requestSchema(operation).ifPresent(schema ->
        fields.compare("param", "", method.params(), OpenApiDocument.properties(schema), true, Set.of()));
    Optional<JsonNode> result = portal.answerSchema(operation)
        .map(schema -> OpenApiDocument.properties(schema).get("result"))
        .map(portal::resolve);
    if (result.isPresent() && result.get().path("type").asText("").equals("object") && method.resultType().isEmpty()) {
      fields.compare("field", "", method.result(), OpenApiDocument.properties(result.get()), false, Set.of());
    }
  }

  /**
   * Compares the fields of one method, level by level: names and JSON kinds at the top, then the
   * keys of every object (or array of objects) both sides describe, named {@code pagination.limit}.
   */
  private final class Fields {
    /** Deeper than any spec nests. */
    private static final int MAX_DEPTH = 8;

    private final String method;
    private final Map<String, NamedType> named;
    private final OpenApiDocument portal;

    Fields(String method, Map<String, NamedType> named, OpenApiDocument portal) {
      this.method = method;
      this.named = named;
      this.portal = portal;
    }

    /**
     * @param bothWays whether a field only the spec has counts too (params: the portal's request
     *     schema is complete; results: the document often lists only some fields)
     * @param inside the named types and components already entered on the way here: a type that
     *     contains itself (a task's parent task) is compared once, not once a level
     */
    void compare(String what, String prefix, List<FieldModel> spec, Map<String, JsonNode> document,
        boolean bothWays, Set<String> inside) {
      Map<String, FieldModel> specFields = new HashMap<>();
      spec.forEach(field -> specFields.put(field.name(), field));
      for (String name : new TreeSet<>(document.keySet())) {
        FieldModel field = specFields.get(name);
        String shown = what + " " + prefix + name;
        if (field == null) {
          differences.add(method + ": " + shown + " is in the portal's document, not in the spec");
          continue;
        }
        Optional<String> specKind = WireKind.ofSpec(field.type(), named);
        Optional<String> portalKind = WireKind.ofSchema(document.get(name));
        if (specKind.isPresent() && portalKind.isPresent() && !specKind.equals(portalKind)
            && !(specKind.get().equals("number") && portalKind.get().equals("integer"))) {
          differences.add(method + ": " + shown + " is " + specKind.get() + " in the spec, "
              + portalKind.get() + " in the portal's document");
          continue;
        }
        List<String> types = new ArrayList<>();
        Optional<List<FieldModel>> specNested = nestedFields(field.type(), types, 0);
        Map<String, JsonNode> portalNested = nestedProperties(document.get(name), types);
        if (types.stream().noneMatch(inside::contains) && prefix.chars().filter(c -> c == '.').count() < MAX_DEPTH
            && specNested.isPresent() && !portalNested.isEmpty()) {
          Set<String> entered = new HashSet<>(inside);
          entered.addAll(types);
          compare(what, prefix + name + ".", specNested.get(), portalNested, bothWays, entered);
        }
      }
      if (bothWays && !document.isEmpty()) {
        for (String name : new TreeSet<>(specFields.keySet())) {
          if (!document.containsKey(name)) {
            differences.add(method + ": " + what + " " + prefix + name + " is in the spec, not in the portal's document");
          }
        }
      }
    }

    /** The keys of an object type, or of the objects of an array type; empty for any other type. */
    private Optional<List<FieldModel>> nestedFields(TypeRef type, List<String> types, int hops) {
      if (type instanceof TypeRef.InlineObject object) {
        return Optional.of(object.fields());
      }
      if (type instanceof TypeRef.ArrayOf array && hops < MAX_DEPTH) {
        return nestedFields(array.element(), types, hops + 1);
      }
      if (type instanceof TypeRef.Named ref && named.containsKey(ref.name()) && hops < MAX_DEPTH) {
        types.add("spec:" + ref.name());
        return nestedFields(named.get(ref.name()).shape(), types, hops + 1);
      }
      return Optional.empty();
    }

    /** The properties of an object schema, or of the items of an array schema, {@code $ref}s resolved. */
    private Map<String, JsonNode> nestedProperties(JsonNode schema, List<String> types) {
      JsonNode object = schema;
      if (portal.resolve(schema).path("type").asText("").equals("array") && portal.resolve(schema).has("items")) {
        object = portal.resolve(schema).get("items");
      }
      OpenApiDocument.refName(object).ifPresent(component -> types.add("portal:" + component));
      return OpenApiDocument.properties(portal.resolve(object));
    }
  }

  /** Every finding, one line each, sorted within its kind. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    missing.forEach(name -> lines.add("not in the specs: " + name));
    extra.forEach(name -> lines.add("not on the portal: " + name));
    lines.addAll(differences);
    return lines;
  }

  public String summary() {
    return missing.size() + " method(s) the portal has and no spec covers, " + extra.size()
        + " spec(s) the portal does not have, " + differences.size() + " param/field difference(s)";
  }

  public boolean clean() {
    return missing.isEmpty() && extra.isEmpty() && differences.isEmpty();
  }

  public List<String> missing() {
    return List.copyOf(missing);
  }
}
