package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.b24rest.core.MethodKind;
import io.b24rest.spec.model.MethodModel;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The portal's answer to one request, in the order the portal checks: address, credentials, body,
 * method, Idempotency-Key, operating limit, filter, validation; then a registered answer or the
 * documented example. The rate limit and faults are the HTTP handler's concern.
 */
final class RequestProcessor {
  /** The method name of REST 3.0 batch calls. */
  static final String BATCH = "batch";

  /** What calling one method gave: its result, or the error answer. */
  sealed interface Outcome {
    /** The method ran; its {@code time} block reports {@code usage}. */
    record Success(JsonNode result, OperatingLimiter.Usage usage) implements Outcome {}

    /** The method refused the call. */
    record Failure(Answer answer) implements Outcome {}
  }

  private final PortalState state;
  private final BatchProcessor batch;

  RequestProcessor(PortalState state) {
    this.state = state;
    this.batch = new BatchProcessor(state, this);
  }

  Answer process(IncomingRequest request) {
    RequestPath path = request.path();
    if (path.mode() == AuthMode.NONE || path.method().isEmpty()) {
      return Answers.methodNotFound();
    }
    if (path.mode() == AuthMode.WEBHOOK
        && !state.credentials.isWebhook(path.userId(), path.secret())) {
      return Answers.noAuth();
    }
    if (BATCH.equals(path.method().get())) {
      return batch.process(request);
    }
    Optional<ObjectNode> parsedBody = body(request);
    if (parsedBody.isEmpty()) {
      return Answers.invalidJson();
    }
    ObjectNode body = parsedBody.get();
    if (path.mode() == AuthMode.OAUTH) {
      JsonNode auth = body.get("auth");
      Optional<String> token =
          auth != null && auth.isTextual() ? Optional.of(auth.asText()) : request.queryAuth();
      Optional<Answer> refused = checkToken(token);
      if (refused.isPresent()) {
        return refused.get();
      }
    }
    // The token is not a param: it must not count in stub matching or Idempotency-Key replays.
    body.remove("auth");
    Optional<MethodModel> found = state.spec.method(path.method().get());
    if (found.isEmpty()) {
      return Answers.methodNotFound();
    }
    MethodModel method = found.get();
    String caller = caller(path);
    Optional<String> idempotencyKey =
        method.kind() == MethodKind.WRITE ? request.idempotencyKey() : Optional.empty();
    Answer answer =
        idempotencyKey
            .map(key -> answerOnce(request, method, caller, key, body))
            .orElseGet(() -> answer(request, method, caller, body));
    return request
        .idempotencyKey()
        .map(key -> answer.withHeader("Idempotency-Key", key))
        .orElse(answer);
  }

  /**
   * Runs one method for {@code caller}: the operating limit, the filter, validation, then a
   * registered answer or the documented example.
   */
  Outcome call(MethodModel method, String caller, ObjectNode body, long receivedNanos) {
    String operatingKey = caller + " " + method.name();
    if (state.operatingLimit.isBlocked(operatingKey)) {
      return new Outcome.Failure(Answers.operationTimeLimit());
    }
    Optional<String> operator = FilterChecker.unknownOperator(method, body);
    if (operator.isPresent()) {
      return new Outcome.Failure(Answers.unknownFilterOperator(operator.get()));
    }
    RequestValidator.Result validation = state.validator.validate(method, body);
    if (!validation.problems().isEmpty()) {
      String message = new MethodWording(method).validationMessage();
      return new Outcome.Failure(Answers.validationError(message, validation.problems()));
    }
    if (validation.otherError().isPresent()) {
      return new Outcome.Failure(validation.otherError().get());
    }
    Optional<StubAnswer> stub = state.stubs.find(method.name(), body);
    if (stub.isPresent() && stub.get().isError()) {
      return new Outcome.Failure(stubbedError(stub.get()));
    }
    // Neither tree is changed by an answer: both are shared, not copied.
    JsonNode result =
        stub.<JsonNode>map(s -> registeredResult(method, s, body))
            .orElseGet(() -> documentedResult(method, body));
    Duration processing = Duration.ofNanos(System.nanoTime() - receivedNanos);
    return new Outcome.Success(result, state.operatingLimit.record(operatingKey, processing));
  }

  /**
   * A 200 answer with {@code result} and a {@code time} block from the request's arrival to now.
   */
  Answer success(IncomingRequest request, JsonNode result, OperatingLimiter.Usage usage) {
    return success(request, result, usage, usage.billedSeconds());
  }

  /**
   * As {@link #success(IncomingRequest, JsonNode, OperatingLimiter.Usage)}, with a {@code
   * processing} of at least {@code billedSeconds}: the execution time the limiter billed (a
   * configured cost per call stands for a method that runs that long).
   */
  Answer success(
      IncomingRequest request, JsonNode result, OperatingLimiter.Usage usage, double billedSeconds) {
    Instant finish = state.clock.instant();
    double processing =
        Math.max(billedSeconds, (System.nanoTime() - request.receivedNanos()) / 1e9);
    return Answers.success(
        result, TimeBlock.of(request.receivedAt(), finish, processing, usage, state.zone));
  }

  /** Who calls, for the per-caller operating limit and Idempotency-Key store. */
  static String caller(RequestPath path) {
    return path.mode() == AuthMode.WEBHOOK ? "webhook:" + path.userId() : "oauth";
  }

  /** Refuses an OAuth call whose token is missing, unknown or expired. */
  Optional<Answer> checkToken(Optional<String> token) {
    if (token.isEmpty()) {
      return Optional.of(Answers.noAuth());
    }
    return switch (state.credentials.checkToken(token.get())) {
      case VALID -> Optional.empty();
      case EXPIRED -> Optional.of(Answers.expiredToken());
      case WRONG -> Optional.of(Answers.noAuth());
    };
  }

  private Answer answerOnce(
      IncomingRequest request, MethodModel method, String caller, String key, ObjectNode body) {
    if (!IdempotencyStore.isValidKey(key)) {
      return Answers.invalidIdempotencyKey();
    }
    IdempotencyStore.Lookup lookup = state.idempotency.find(caller, method.name(), key, body);
    if (lookup instanceof IdempotencyStore.Lookup.Replay replay) {
      return replay.answer().withHeader("Idempotent-Replayed", "true");
    }
    if (lookup instanceof IdempotencyStore.Lookup.Conflict) {
      return Answers.idempotencyKeyReused();
    }
    Answer answer = answer(request, method, caller, body);
    if (answer.status() == 200) {
      state.idempotency.store(caller, method.name(), key, body, answer);
    }
    return answer;
  }

  private Answer answer(
      IncomingRequest request, MethodModel method, String caller, ObjectNode body) {
    Outcome outcome = call(method, caller, body, request.receivedNanos());
    if (outcome instanceof Outcome.Success success) {
      return success(request, success.result(), success.usage());
    }
    return ((Outcome.Failure) outcome).answer();
  }

  /**
   * The docs' example result; a list method's records in it cut down to the request's {@code
   * select}, as registered records are (the portal answers only the fields asked for).
   */
  private JsonNode documentedResult(MethodModel method, JsonNode body) {
    JsonNode example = state.spec.documentedResult(method.name());
    Optional<PagingPlan> plan = state.spec.paging(method);
    JsonNode select = body.get("select");
    if (plan.isEmpty() || select == null || !example.path(plan.get().items()).isArray()) {
      return example;
    }
    SelectProjection projection = SelectProjection.of(select);
    ObjectNode cut = ((ObjectNode) example).deepCopy();
    ArrayNode records = cut.putArray(plan.get().items());
    example.get(plan.get().items()).forEach(record -> records.add(projection.apply(record)));
    return cut;
  }

  private JsonNode registeredResult(MethodModel method, StubAnswer answer, JsonNode body) {
    if (answer instanceof StubAnswer.Generated generated) {
      return GeneratedRecords.answer(method, state.spec.paging(method), body, generated);
    }
    if (answer instanceof StubAnswer.Records records) {
      return RecordAnswer.answer(method, state.spec.paging(method), body, records.records());
    }
    return ((StubAnswer.Result) answer).result();
  }

  private static Answer stubbedError(StubAnswer answer) {
    if (answer instanceof StubAnswer.Error error) {
      return Answers.restError(error.status(), error.code(), error.message());
    }
    StubAnswer.Raw raw = (StubAnswer.Raw) answer;
    return Answer.text(raw.status(), raw.contentType(), raw.body());
  }

  /** The body as a JSON object: none for GET (REST 3.0 reads no query params), {} when empty. */
  private static Optional<ObjectNode> body(IncomingRequest request) {
    if ("GET".equals(request.httpMethod()) || request.rawBody().isBlank()) {
      return Optional.of(Json.object());
    }
    return request.json().filter(JsonNode::isObject).map(node -> (ObjectNode) node.deepCopy());
  }
}
