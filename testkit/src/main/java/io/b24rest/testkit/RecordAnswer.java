package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * The {@code result} a list method gives from records a test registered: the records its {@code
 * filter} params match, in the {@code order} asked for, one page of them as the method pages
 * ({@link RecordPages}), each cut down to its {@code select} ({@link SelectProjection}). A method
 * that does not page answers all of them as the array {@code result} is.
 */
final class RecordAnswer {
  private RecordAnswer() {}

  static JsonNode answer(
      MethodModel method, Optional<PagingPlan> plan, JsonNode body, List<JsonNode> records) {
    List<JsonNode> chosen =
        records.stream()
            .filter(record -> matchesEveryFilter(method, body, record))
            .sorted(RecordOrder.of(body.get("order")))
            .toList();
    SelectProjection select = SelectProjection.of(body.get("select"));
    if (plan.isPresent()) {
      return RecordPages.page(plan.get(), body, chosen, select);
    }
    ArrayNode all = JsonNodeFactory.instance.arrayNode();
    chosen.forEach(record -> all.add(select.apply(record)));
    return all;
  }

  private static boolean matchesEveryFilter(MethodModel method, JsonNode body, JsonNode record) {
    for (FieldModel param : method.params()) {
      if (param.type() instanceof TypeRef.Scalar scalar
          && scalar.type() == ScalarType.FILTER
          && !RecordFilter.matches(body.get(param.name()), record)) {
        return false;
      }
    }
    return true;
  }
}
