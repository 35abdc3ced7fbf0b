package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.b24rest.spec.model.MethodModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * REST 3.0 {@code batch} (rest-v3.md, "Batch call"): the body is a JSON array of {@code {"method",
 * "query"}}, at most 50; the answer's {@code result} is the array of the calls' results in order.
 * The docs show no failing batch: here the first call that fails makes the whole batch answer with
 * that call's error (the calls before it have run). The batch itself is not counted in {@code
 * operating}; each call is, under its own method, and the batch's {@code processing} is at least
 * the sum its calls were billed (the time they ran), so a client can count what the batch cost
 * each method.
 */
final class BatchProcessor {
  static final int MAX_CALLS = 50;

  private final PortalState state;
  private final RequestProcessor processor;

  BatchProcessor(PortalState state, RequestProcessor processor) {
    this.state = state;
    this.processor = processor;
  }

  Answer process(IncomingRequest request) {
    RequestPath path = request.path();
    if (path.mode() == AuthMode.OAUTH) {
      // The body is an array, so the token travels in the query string.
      Optional<Answer> refused = processor.checkToken(request.queryAuth());
      if (refused.isPresent()) {
        return refused.get();
      }
    }
    Optional<JsonNode> body = request.json();
    if (body.isEmpty()) {
      return Answers.invalidJson();
    }
    if (!body.get().isArray()) {
      // rest-v3.md: the old format, {"cmd": {...}}, gets INVALIDSELECTEXCEPTION.
      return Answers.restError(
          400,
          "BITRIX_REST_V3_EXCEPTION_INVALIDSELECTEXCEPTION",
          "Cannot recognize the batch: pass a JSON array of {\"method\", \"query\"}");
    }
    ArrayNode calls = (ArrayNode) body.get();
    if (calls.size() > MAX_CALLS) {
      return Answers.systemError(400, "ERROR_BATCH_LENGTH_EXCEEDED", "Max batch length exceeded");
    }
    String caller = RequestProcessor.caller(path);
    List<JsonNode> results = new ArrayList<>();
    double[] billed = {0};
    for (JsonNode call : calls) {
      Optional<Answer> failure = run(call, caller, request, results, billed);
      if (failure.isPresent()) {
        return failure.get();
      }
    }
    ArrayNode result = Json.MAPPER.createArrayNode().addAll(results);
    return processor.success(
        request, result, state.operatingLimit.usage(caller + " batch"), billed[0]);
  }

  private Optional<Answer> run(
      JsonNode call,
      String caller,
      IncomingRequest request,
      List<JsonNode> results,
      double[] billed) {
    JsonNode name = call.get("method");
    JsonNode query = call.path("query");
    if (!call.isObject()
        || name == null
        || !name.isTextual()
        || !(query.isObject() || query.isMissingNode())) {
      return Optional.of(Answers.invalidJson());
    }
    if (RequestProcessor.BATCH.equals(name.asText())) {
      return Optional.of(
          Answers.systemError(
              405, "ERROR_BATCH_METHOD_NOT_ALLOWED", "Method is not allowed for batch usage"));
    }
    Optional<MethodModel> method = state.spec.method(name.asText());
    if (method.isEmpty()) {
      return Optional.of(Answers.methodNotFound());
    }
    ObjectNode params = query.isObject() ? ((ObjectNode) query).deepCopy() : Json.object();
    RequestProcessor.Outcome outcome =
        processor.call(method.get(), caller, params, System.nanoTime());
    if (outcome instanceof RequestProcessor.Outcome.Success success) {
      results.add(success.result());
      billed[0] += success.usage().billedSeconds();
      return Optional.empty();
    }
    return Optional.of(((RequestProcessor.Outcome.Failure) outcome).answer());
  }
}
