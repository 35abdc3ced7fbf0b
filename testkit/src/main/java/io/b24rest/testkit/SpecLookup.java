package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.spec.model.ErrorCode;
import io.b24rest.spec.model.Example;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.SpecModel;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The methods and named types of a {@link SpecModel}, looked up by name. */
final class SpecLookup {
  private final SpecModel model;
  private final Map<String, MethodModel> methods = new TreeMap<>();
  private final Map<String, NamedType> types = new HashMap<>();
  private final Map<String, JsonNode> documentedResults = new HashMap<>();

  SpecLookup(SpecModel model) {
    this.model = model;
    model.methods().forEach(m -> methods.put(m.name(), m));
    model.types().forEach(t -> types.put(key(t.scope(), t.name()), t));
    // Parsed once: answers only read these trees, never change them.
    model.methods().forEach(m -> documentedResults.put(m.name(), documentedResult(m)));
  }

  SpecModel model() {
    return model;
  }

  Optional<MethodModel> method(String name) {
    return Optional.ofNullable(methods.get(name));
  }

  Set<String> methodNames() {
    return Collections.unmodifiableSet(methods.keySet());
  }

  /**
   * The {@code result} of the method's documented 200 example, {@code {}} if it has none. Shared:
   * callers must not change it.
   */
  JsonNode documentedResult(String method) {
    return documentedResults.getOrDefault(method, Json.object());
  }

  /** The HTTP status of an error code, from the catalogue or the method that declares it. */
  int statusOf(String code) {
    return model.errorCodes().stream()
        .filter(c -> c.code().equals(code))
        .mapToInt(ErrorCode::httpStatus)
        .findFirst()
        .orElse(400);
  }

  /** A named type as a method of {@code scope} sees it: its scope's own, else the common one. */
  Optional<NamedType> type(String scope, String name) {
    NamedType own = types.get(key(scope, name));
    return Optional.ofNullable(own != null ? own : types.get(key(NamedType.COMMON_SCOPE, name)));
  }

  /** How the portal pages {@code method}'s registered records; empty when it does not page. */
  Optional<PagingPlan> paging(MethodModel method) {
    return method.paging().map(paging -> PagingPlans.of(method, paging, this));
  }

  private static JsonNode documentedResult(MethodModel method) {
    return method.responseExample(200)
        .map(Example::json)
        .flatMap(Json::parse)
        .map(example -> example.get("result"))
        .filter(result -> result != null)
        .orElseGet(Json::object);
  }

  private static String key(String scope, String name) {
    return scope + "/" + name;
  }
}
