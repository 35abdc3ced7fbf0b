package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.b24rest.core.ApiResponse;
import io.b24rest.core.Bitrix24Exception;
import io.b24rest.runtime.retry.OperatingLimitPolicy;
import io.b24rest.runtime.retry.RetryPolicy;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestItemAddRequest;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Throws seeded garbage at the client: random bytes, truncated answers, wrong JSON types, deep
 * nesting, huge numbers, odd error shapes, random status codes and dropped connections. Every call
 * must end in a valid result or a Bitrix24Exception, never anything else.
 */
class MalformedAnswerFuzzTest {
  private static final long SEED = 20261126L;
  private static final int CASES = 1_200;

  private static final String VALID =
      "{\"result\":{\"items\":[{\"id\":3,\"title\":\"Department chat\","
          + "\"type\":\"CHAT\",\"createdAt\":\"2023-12-28T14:05:48+03:00\"}]},\"time\":{\"start\":1778747192.91,"
          + "\"finish\":1778747193.53,\"duration\":0.61,\"processing\":0.03,\"date_start\":\"2026-05-14T10:26:32+02:00\","
          + "\"operating_reset_at\":1778747792,\"operating\":3.3}}";
  private static final String VALID_ADD = "{\"result\":{\"id\":42},\"time\":{\"start\":1.0}}";
  private static final String VALID_ERROR =
      "{\"error\":{\"code\":\"BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION\","
          + "\"message\":\"not found\",\"validation\":[{\"field\":\"id\",\"message\":\"bad\"}]}}";
  private static final List<String> WRONG_TYPES =
      List.of(
          "null",
          "true",
          "42",
          "\"text\"",
          "[]",
          "[1,2]",
          "{}",
          "{\"items\":5}",
          "{\"items\":\"x\"}",
          "{\"items\":[5]}",
          "{\"items\":[null]}",
          "{\"items\":[{\"id\":\"abc\"}]}",
          "{\"items\":[{\"id\":1e400}]}",
          "{\"items\":[{\"id\":99999999999999999999999999}]}",
          "{\"items\":[{\"id\":-0.5e-400}]}",
          "{\"items\":[{\"createdAt\":\"yesterday\"}]}",
          "{\"items\":[{\"createdAt\":12}]}",
          "{\"items\":[{\"type\":5}]}",
          "{\"items\":[{\"type\":{}}]}",
          "{\"items\":[{\"title\":[1]}]}",
          "{\"id\":\"x\"}",
          "{\"id\":1.5}",
          "{\"id\":true}");
  private static final List<String> ODD_ERRORS =
      List.of(
          "{\"error\":5}",
          "{\"error\":true}",
          "{\"error\":[]}",
          "{\"error\":{}}",
          "{\"error\":{\"code\":5}}",
          "{\"error\":{\"code\":null}}",
          "{\"error\":{\"code\":\"\"}}",
          "{\"error\":\"\"}",
          "{\"error\":{\"code\":\"X\",\"validation\":\"v\"}}",
          "{\"error\":{\"code\":\"X\",\"validation\":[1,null,{}]}}",
          "{\"error\":{\"code\":\"X\",\"message\":{\"a\":[1]}}}",
          "{\"error\":\"expired_token\"}",
          "{\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":null}",
          "{\"error\":\"OPERATION_TIME_LIMIT\"}",
          "{\"error\":null,\"result\":{\"items\":[]}}",
          "{\"error\":{\"code\":\"BITRIX_REST_V3_EXCEPTION_RATELIMITEXCEPTION\"}}");
  private static final int[] STATUSES = {
    200, 200, 200, 201, 400, 401, 403, 404, 405, 418, 422, 429, 500, 502, 503, 504
  };

  @Test
  void malformedAnswersEndInTypedExceptionsOrValidResults() throws Exception {
    Random random = new Random(SEED);
    int results = 0;
    int typed = 0;
    try (FakePortal portal = new FakePortal()) {
      Reply[] current = new Reply[1];
      portal.otherwise(r -> current[0]);
      TestItemApi api =
          TestClients.webhook(portal)
              .retryPolicy(new RetryPolicy(2, Duration.ZERO, Duration.ZERO))
              .operatingLimit(OperatingLimitPolicy.failFast())
              .build()
              .api(TestItemApi.class);
      for (int i = 0; i < CASES; i++) {
        current[0] = randomReply(random);
        boolean write = random.nextInt(4) == 0;
        String described =
            "case "
                + i
                + ": HTTP "
                + current[0].status()
                + " "
                + new String(
                    current[0].body(),
                    0,
                    Math.min(120, current[0].body().length),
                    StandardCharsets.UTF_8);
        try {
          ApiResponse<?> answer =
              write
                  ? api.add(new TestItemAddRequest("t" + i))
                  : api.list(new TestItemListRequest((long) i));
          assertNotNull(answer.result(), described);
          results++;
        } catch (Bitrix24Exception e) {
          assertNotNull(e.getMessage(), described);
          assertFalse(e.getMessage().contains(FakePortal.SECRET), described);
          typed++;
        } catch (Throwable t) {
          fail(described + " threw " + t, t);
        }
      }
    }
    assertTrue(results > 10, "some answers were valid: " + results);
    assertTrue(typed > CASES / 2, "most answers were not: " + typed);
  }

  private static Reply randomReply(Random random) {
    int status = STATUSES[random.nextInt(STATUSES.length)];
    return switch (random.nextInt(11)) {
      case 0 -> {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        yield Reply.raw(status, bytes, "application/octet-stream");
      }
      case 1 -> {
        String valid = random.nextBoolean() ? VALID : VALID_ERROR;
        yield Reply.json(status, valid.substring(0, random.nextInt(valid.length())));
      }
      case 2 ->
          Reply.json(
              status,
              "{\"result\":"
                  + WRONG_TYPES.get(random.nextInt(WRONG_TYPES.size()))
                  + ",\"time\":"
                  + (random.nextBoolean() ? "{\"start\":1}" : WRONG_TYPES.get(random.nextInt(3)))
                  + "}");
      case 3 -> {
        int depth = 100 + random.nextInt(5_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        yield Reply.json(
            status,
            "{\"result\":{\"items\":" + open.repeat(depth) + "1" + close.repeat(depth) + "}}");
      }
      case 4 ->
          Reply.json(status, "{\"result\":{\"id\":" + "9".repeat(1 + random.nextInt(3_000)) + "}}");
      case 5 -> Reply.json(status, ODD_ERRORS.get(random.nextInt(ODD_ERRORS.size())));
      case 6 ->
          Reply.raw(
              status,
              ("<html><body>" + status + " proxy error</body></html>")
                  .getBytes(StandardCharsets.UTF_8),
              "text/html");
      case 7 ->
          random.nextInt(10) == 0
              ? Reply.drop()
              : Reply.raw(status, new byte[0], "application/json");
      case 8 -> Reply.json(status, random.nextBoolean() ? VALID : VALID_ADD);
      case 9 -> Reply.json(status, VALID_ERROR);
      default -> Reply.json(status, VALID + " trailing");
    };
  }
}
