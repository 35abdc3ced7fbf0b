package io.b24rest.spectools.drift;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spectools.openapi.OpenApiDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What differs between the specs and a portal's OpenAPI document, one line a difference: methods
 * only one side has, and params or top-level result fields that differ in name or JSON kind.
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
    Map<String, NamedType> named = new HashMap<>();
    specs.types().stream().filter(t -> t.scope().equals(method.scope())).forEach(t -> named.put(t.name(), t));
    portal.requestSchema(operation).ifPresent(schema ->
        compareFields(method.name(), "param", method.params(), OpenApiDocument.properties(schema), named, true));
    Optional<JsonNode> result = portal.answerSchema(operation)
        .map(schema -> OpenApiDocument.properties(schema).get("result"))
        .map(portal::resolve);
    if (result.isPresent() && result.get().path("type").asText("").equals("object") && method.resultType().isEmpty()) {
      compareFields(method.name(), "field", method.result(), OpenApiDocument.properties(result.get()), named, false);
    }
  }

  private void compareFields(String method, String what, List<FieldModel> spec, Map<String, JsonNode> portal,
      Map<String, NamedType> named, boolean params) {
    Map<String, FieldModel> specFields = new HashMap<>();
    spec.forEach(field -> specFields.put(field.name(), field));
    for (String name : new TreeSet<>(portal.keySet())) {
      FieldModel field = specFields.get(name);
      if (field == null) {
        differences.add(method + ": " + what + " " + name + " is in the portal's document, not in the spec");
        continue;
      }
      Optional<String> specKind = WireKind.ofSpec(field.type(), named);
      Optional<String> portalKind = WireKind.ofSchema(portal.get(name));
      if (specKind.isPresent() && portalKind.isPresent() && !specKind.equals(portalKind)
          && !(specKind.get().equals("number") && portalKind.get().equals("integer"))) {
        differences.add(method + ": " + what + " " + name + " is " + specKind.get() + " in the spec, "
            + portalKind.get() + " in the portal's document");
      }
    }
    if (params && !portal.isEmpty()) {
      for (String name : new TreeSet<>(specFields.keySet())) {
        if (!portal.containsKey(name)) {
          differences.add(method + ": " + what + " " + name + " is in the spec, not in the portal's document");
        }
      }
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
