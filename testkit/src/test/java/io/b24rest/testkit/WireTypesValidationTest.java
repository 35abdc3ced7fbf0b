package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The types of format v2: integer enums, dates in a wire format of their own, Base64. */
class WireTypesValidationTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension EXTENSION =
      new FakeBitrix24PortalExtension(FakeBitrix24Portal.builder().spec(TestSpecs.model()));

  private final PortalClient client = new PortalClient();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"priority\":2}",
        "{\"from\":\"2026-04-15 10:00:00\"}",
        "{\"day\":\"15.04.2026\",\"days\":[\"01.01.2026\",\"31.12.2026\"]}",
        "{\"content\":\"SGVsbG8sIHdvcmxkIQ==\"}",
        "{\"content\":\"\"}",
        "{\"moment\":\"2026-04-20T12:00:00Z\"}",
        "{\"moment\":\"2026-04-20T12:00:00+00:00\"}"
      })
  void aValueInTheWireFormatIsAccepted(String body) throws Exception {
    var reply = client.post(EXTENSION.portal().webhookUrl() + TestSpecs.V2_TYPES, body);

    assertEquals(200, reply.status(), reply.body());
    assertEquals("true", reply.json().get("result").toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"priority\":3}|priority|Invalid value `3` of field `priority`. Allowed: 1, 2.",
        "{\"priority\":\"1\"}|priority|Invalid value `1` of field `priority`. Allowed: 1, 2.",
        "{\"from\":\"2026-04-15T10:00:00+02:00\"}|from|Field `from` requires data type `datetime` for this request",
        "{\"from\":\"2026-02-30 10:00:00\"}|from|Field `from` requires data type `datetime` for this request",
        "{\"day\":\"2026-04-15\"}|day|Field `day` requires data type `date` for this request",
        "{\"days\":[\"01.01.2026\",\"1.1.2026\"]}|days[1]|Field `days[1]` requires data type `date` for this request",
        "{\"content\":\"not base64!\"}|content|Field `content` requires data type `string` for this request",
        "{\"moment\":\"2026-04-15 10:00:00\"}|moment|Field `moment` requires data type `datetime` for this request"
      })
  void aValueOutsideTheWireFormatIsAValidationError(String body, String field, String message)
      throws Exception {
    var reply = client.post(EXTENSION.portal().webhookUrl() + TestSpecs.V2_TYPES, body);

    assertEquals(400, reply.status(), reply.body());
    JsonNode problem = reply.json().path("error").path("validation").path(0);
    assertEquals(field, problem.path("field").asText(), reply.body());
    assertEquals(message, problem.path("message").asText(), reply.body());
  }
}
