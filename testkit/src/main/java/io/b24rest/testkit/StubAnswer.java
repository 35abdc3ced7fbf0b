package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** What a registered stub answers. */
sealed interface StubAnswer {
  /** Whether this is an error answer rather than a {@code result}. */
  default boolean isError() {
    return this instanceof Error || this instanceof Raw;
  }

  /** 200 with this {@code result} and a fresh {@code time} block. */
  record Result(JsonNode result) implements StubAnswer {}

  /**
   * Records a list method answers from: filtered, ordered, paged and cut down to the request's
   * {@code select} ({@link RecordAnswer}).
   */
  record Records(List<JsonNode> records) implements StubAnswer {
    public Records {
      records = List.copyOf(records);
    }
  }

  /**
   * A data set of {@code count} records with the ids 1 to {@code count}, each made by {@code
   * record} when a page needs it ({@link GeneratedRecords}).
   */
  record Generated(long count, java.util.function.LongFunction<JsonNode> record) implements StubAnswer {
    /** Every record, made now: for the orders and paging styles answered from a list. */
    List<JsonNode> materialize() {
      List<JsonNode> all = new java.util.ArrayList<>();
      for (long id = 1; id <= count; id++) {
        all.add(record.apply(id));
      }
      return all;
    }
  }

  /** An error in the REST 3.0 shape {@code {"error":{"code","message"}}}. */
  record Error(int status, String code, String message) implements StubAnswer {}

  /** Any status, content type and body, sent as given. */
  record Raw(int status, String contentType, String body) implements StubAnswer {}
}
