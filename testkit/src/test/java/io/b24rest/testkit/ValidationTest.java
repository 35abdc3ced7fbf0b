package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidationTest {
  private static final String CODE =
      "BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION";

  @RegisterExtension
  static final FakeBitrix24PortalExtension EXTENSION =
      new FakeBitrix24PortalExtension(FakeBitrix24Portal.builder().spec(TestSpecs.model()));

  private final PortalClient client = new PortalClient();

  @Test
  void aMissingRequiredParamIsAnsweredExactlyLikeTheSeedsDocumented400() throws Exception {
    var reply = client.post(EXTENSION.portal().webhookUrl() + TestSpecs.SEED, "{}");

    assertEquals(400, reply.status());
    assertEquals(TestSpecs.seedExample(400), reply.json());
    assertEquals(
        TestSpecs.seedExample(400).toString(), reply.body(), "the same keys in the same order");
  }

  @Test
  void aNullRequiredParamIsMissing() throws Exception {
    var reply = call(TestSpecs.SEED, "{\"id\":null}");

    assertEquals(400, reply.status());
    assertEquals(TestSpecs.seedExample(400), reply.json());
  }

  @Test
  void unknownParamsAreIgnoredAsOnThePortal() throws Exception {
    assertEquals(200, call(TestSpecs.SEED, "{\"id\":15,\"whatever\":[1,2]}").status());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "id       | \"15\"                        | Field `id` requires data type `int` for this"
            + " request",
        "id       | 1.5                           | Field `id` requires data type `int` for this"
            + " request",
        "ratio    | \"0.5\"                       | Field `ratio` requires data type `float` for"
            + " this request",
        "name     | 42                            | Field `name` requires data type `string` for"
            + " this request",
        "active   | \"true\"                      | Field `active` requires data type `bool` for"
            + " this request",
        "day      | \"28.12.2025\"                | Field `day` requires data type `date` for this"
            + " request",
        "moment   | \"2023-12-28 14:05:48\"       | Field `moment` requires data type `datetime`"
            + " for this request",
        "stamp    | \"1719826800\"                | Field `stamp` requires data type `int` for this"
            + " request",
        "tags     | \"a,b\"                       | Field `tags` requires data type `array` for"
            + " this request",
        "settings | [1]                           | Field `settings` requires data type `object`"
            + " for this request",
        "labels   | [1]                           | Field `labels` requires data type `object` for"
            + " this request",
        "filter   | {\"id\":1}                    | Field `filter` requires data type `array` for"
            + " this request",
      })
  void aValueOfTheWrongTypeIsAValidationError(String param, String json, String message)
      throws Exception {
    JsonNode body = Json.parse("{\"id\":1,\"" + param + "\":" + json + "}").orElseThrow();

    var reply = call(TestSpecs.TYPES, body.toString());

    assertValidation(reply, Map.of(param, message));
  }

  @Test
  void everyTypeAcceptsAWellFormedValue() throws Exception {
    String body =
        """
{"id": 1, "ratio": 0.5, "name": "x", "active": true, "day": "2025-12-28",
 "moment": "2023-12-28T14:05:48+03:00", "stamp": 1719826800, "tags": ["a", "b"],
 "kind": "CHAT", "select": ["id", "name"], "settings": {"title": "t", "color": "red"},
 "member": {"userId": 5, "role": "MEMBER_HEAD"}, "labels": {"a": 1, "b": 2},
 "filter": [["id", "in", [1, 2]], ["name", "x"], {"logic": "or", "conditions": [["id", ">", 3]]}],
 "payload": {"anything": [1, "two", null]}}
""";

    var reply = call(TestSpecs.TYPES, body);

    assertEquals(200, reply.status(), reply.body());
  }

  @Test
  void aValueOutsideAnEnumIsAValidationError() throws Exception {
    var reply = call(TestSpecs.TYPES, "{\"id\":1,\"kind\":\"COLLAB\"}");

    assertValidation(
        reply, Map.of("kind", "Invalid value `COLLAB` of field `kind`. Allowed: CHAT, CHANNEL."));
  }

  @Test
  void aSelectValueOutsideTheAllowedFieldsIsAValidationError() throws Exception {
    var reply = call(TestSpecs.TYPES, "{\"id\":1,\"select\":[\"id\",\"secret\"]}");

    assertValidation(
        reply,
        Map.of(
            "select[1]", "Invalid value `secret` of field `select[1]`. Allowed: id, name, type."));
  }

  @Test
  void inlineObjectsAreCheckedRecursively() throws Exception {
    var reply = call(TestSpecs.TYPES, "{\"id\":1,\"settings\":{\"color\":\"green\"}}");

    assertValidation(
        reply,
        Map.of(
            "settings.title", "Required field `settings.title` is missing",
            "settings.color",
                "Invalid value `green` of field `settings.color`. Allowed: blue, red."));
  }

  @Test
  void namedObjectTypesAreCheckedRecursively() throws Exception {
    var reply =
        call(TestSpecs.TYPES, "{\"id\":1,\"member\":{\"userId\":\"5\",\"role\":\"MEMBER_OWNER\"}}");

    assertValidation(
        reply,
        Map.of(
            "member.userId",
            "Field `member.userId` requires data type `int` for this request",
            "member.role",
            "Invalid value `MEMBER_OWNER` of field `member.role`. Allowed: MEMBER_HEAD,"
                + " MEMBER_EMPLOYEE."));
  }

  @Test
  void arrayElementsAndMapValuesAreChecked() throws Exception {
    var reply =
        call(TestSpecs.TYPES, "{\"id\":1,\"tags\":[\"a\",2],\"labels\":{\"x\":1,\"y\":\"2\"}}");

    assertValidation(
        reply,
        Map.of(
            "tags[1]", "Field `tags[1]` requires data type `string` for this request",
            "labels.y", "Field `labels.y` requires data type `int` for this request"));
  }

  @Test
  void everyProblemIsReportedInParamOrder() throws Exception {
    var reply = call(TestSpecs.TYPES, "{\"name\":1,\"active\":0}");

    assertEquals(400, reply.status());
    List<String> fields =
        List.of(
            reply.json().at("/error/validation/0/field").asText(),
            reply.json().at("/error/validation/1/field").asText(),
            reply.json().at("/error/validation/2/field").asText());
    assertEquals(List.of("id", "name", "active"), fields);
  }

  @Test
  void aMalformedFilterConditionIsAValidationError() throws Exception {
    var reply = call(TestSpecs.TYPES, "{\"id\":1,\"filter\":[[\"id\"]]}");

    assertValidation(
        reply,
        Map.of(
            "filter[0]",
            "Filter condition `filter[0]` must be [field, operator, value] or [field, value]"));
  }

  @Test
  void anUnknownFilterOperatorGetsItsOwnError() throws Exception {
    var reply =
        call(
            TestSpecs.TYPES,
            "{\"id\":1,\"filter\":[{\"logic\":\"or\",\"conditions\":[[\"name\",\"like\",\"x\"]]}]}");

    assertEquals(400, reply.status());
    assertEquals(
        Json.parse(
                "{\"error\":{\"code\":\"BITRIX_REST_V3_EXCEPTION_UNKNOWNFILTEROPERATOREXCEPTION\","
                    + "\"message\":\"Unknown filter operator `like`\"}}")
            .orElseThrow(),
        reply.json());
  }

  private PortalClient.Reply call(String method, String body) throws Exception {
    return client.post(EXTENSION.portal().webhookUrl() + method, body);
  }

  /** The answer has the documented shape and exactly these field -> message problems. */
  private static void assertValidation(PortalClient.Reply reply, Map<String, String> problems) {
    assertEquals(400, reply.status(), reply.body());
    ObjectNode expected = Json.object();
    ObjectNode error = expected.putObject("error");
    error.put("code", CODE);
    error.put("message", "Error during request object validation");
    var validation = error.putArray("validation");
    JsonNode actualProblems = reply.json().at("/error/validation");
    // The order of the expected map is not the answer's: compare as a set of entries.
    for (JsonNode problem : actualProblems) {
      String field = problem.path("field").asText();
      if (problems.containsKey(field)) {
        validation.addObject().put("message", problems.get(field)).put("field", field);
      }
    }
    assertEquals(problems.size(), actualProblems.size(), reply.body());
    assertEquals(expected, reply.json());
  }
}
