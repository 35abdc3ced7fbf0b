package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Registers what the portal answers to a method, for all calls or for calls whose body holds the
 * given params (a subset match; numbers compare by value). When several registrations match, the
 * last one wins. Nothing is registered until a {@code respond...} method is called.
 *
 * <pre>{@code
 * portal.on("humanresources.node.communication.list")
 *     .withParams(Map.of("id", 15))
 *     .respond("{\"chats\":[],\"chatsNoAccess\":0}");
 * portal.on("humanresources.node.communication.list")
 *     .withParam("id", 999)
 *     .respondError(400, "BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION", "Record with ID = `999` not found");
 * }</pre>
 *
 * <p>The request is still checked first (credentials, limits, validation against the spec): a
 * registered answer replaces only the documented example.
 */
public final class StubBuilder {
  private final StubRegistry registry;
  private final MethodModel model;
  private final String method;
  private final ObjectNode params = Json.object();

  StubBuilder(StubRegistry registry, MethodModel method) {
    this.registry = registry;
    this.model = method;
    this.method = method.name();
  }

  /** Matches only requests whose body holds all these params with equal values. */
  public StubBuilder withParams(Map<String, ?> expected) {
    Objects.requireNonNull(expected, "expected").forEach(this::withParam);
    return this;
  }

  /**
   * Matches only requests whose body holds this param with an equal value.
   *
   * @param value a Java value as Jackson writes it ({@code "x"} is the JSON string {@code "x"}), or
   *     a Jackson tree
   */
  public StubBuilder withParam(String name, Object value) {
    Objects.requireNonNull(name, "name");
    params.set(
        name, value instanceof JsonNode node ? node.deepCopy() : Json.MAPPER.valueToTree(value));
    return this;
  }

  /**
   * Answers 200 with this {@code result} and a fresh {@code time} block.
   *
   * @param result JSON text, a Jackson tree, or any object Jackson can write (a map, a record, a
   *     generated result type)
   */
  public void respond(Object result) {
    Objects.requireNonNull(result, "result");
    JsonNode tree = Json.toTree(result);
    registry.add(method, params.deepCopy(), new StubAnswer.Result(tree));
  }

  /**
   * Answers from these records as the portal answers a list from its data: the records the
   * request's {@code filter} matches ({@code = != > >= < <= in between}, {@code or} groups), in its
   * {@code order}, one page of them as the method pages (page style: {@code page}/{@code limit}/
   * {@code offset}; cursor style: {@code afterCursor} -> {@code nextCursor}; {@code limit} held to
   * the method's {@code maxLimit}), each cut down to the fields its {@code select} names, dotted
   * paths such as {@code responsible.name} giving nested objects with only those fields.
   *
   * <pre>{@code
   * portal.on("tasks.task.list").respondWithRecords(List.of(
   *     Map.of("id", 1, "title", "First", "responsible", Map.of("id", 7, "name", "Ann")),
   *     Map.of("id", 2, "title", "Second", "responsible", Map.of("id", 8, "name", "Bob"))));
   * }</pre>
   *
   * @param records JSON objects: JSON text, Jackson trees, maps, records or generated types
   * @throws IllegalArgumentException if the method neither pages (no {@code paging} in its spec)
   *     nor answers an array, or a record is not a JSON object
   */
  public void respondWithRecords(List<?> records) {
    Objects.requireNonNull(records, "records");
    requireRecordAnswers();
    List<JsonNode> trees = new ArrayList<>();
    for (Object record : records) {
      JsonNode tree = Json.toTree(Objects.requireNonNull(record, "record"));
      if (!tree.isObject()) {
        throw new IllegalArgumentException("a record must be a JSON object, got " + tree);
      }
      trees.add(tree);
    }
    registry.add(method, params.deepCopy(), new StubAnswer.Records(trees));
  }

  /**
   * Answers from a large synthetic data set as {@link #respondWithRecords(List)} does, without
   * holding it: {@code count} records with the ids 1 to {@code count}, record {@code id} made by
   * {@code record} only when a page needs it (its {@code id} field is set to {@code id}). A page
   * style method filtered by id ({@code > >= < <= = between}) and ordered by id (or not ordered)
   * costs the records of one page; a filter on other fields makes the records in its id range one
   * after another; another order or a cursor method makes them all.
   *
   * <pre>{@code
   * portal.on("tasks.task.list").respondWithRecords(100_000, id -> Map.of("title", "Task " + id));
   * }</pre>
   *
   * @param count how many records, at least 0
   * @param record the record of an id: JSON text, a Jackson tree, a map, a record or a generated
   *     type; must be a JSON object
   * @throws IllegalArgumentException if the count is negative, or the method neither pages nor
   *     answers an array
   */
  public void respondWithRecords(long count, java.util.function.LongFunction<?> record) {
    Objects.requireNonNull(record, "record");
    if (count < 0) {
      throw new IllegalArgumentException("count must be at least 0, got " + count);
    }
    requireRecordAnswers();
    registry.add(
        method,
        params.deepCopy(),
        new StubAnswer.Generated(
            count,
            id -> {
              JsonNode tree = Json.toTree(Objects.requireNonNull(record.apply(id), "record"));
              if (!tree.isObject()) {
                throw new IllegalArgumentException("a record must be a JSON object, got " + tree);
              }
              ObjectNode object = (ObjectNode) tree.deepCopy();
              object.put("id", id);
              return object;
            }));
  }

  /**
   * Answers with a REST 3.0 error: {@code {"error":{"code":code,"message":message}}}.
   *
   * @param status the HTTP status, for example 400 or 403
   */
  public void respondError(int status, String code, String message) {
    requireStatus(status);
    registry.add(
        method,
        params.deepCopy(),
        new StubAnswer.Error(
            status,
            Objects.requireNonNull(code, "code"),
            Objects.requireNonNull(message, "message")));
  }

  /** Answers with exactly this status, content type and body: for shapes the other methods lack. */
  public void respondRaw(int status, String contentType, String body) {
    requireStatus(status);
    registry.add(
        method,
        params.deepCopy(),
        new StubAnswer.Raw(
            status,
            Objects.requireNonNull(contentType, "contentType"),
            Objects.requireNonNull(body, "body")));
  }

  private void requireRecordAnswers() {
    if (model.paging().isEmpty() && !(model.resultShape() instanceof TypeRef.ArrayOf)) {
      throw new IllegalArgumentException(
          method
              + " neither pages nor answers an array, so it has no records to answer from;"
              + " register its result with respond(...)");
    }
  }

  private static void requireStatus(int status) {
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException("HTTP status must be 200..599, got " + status);
    }
  }
}
