package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Validation answers in each method's documented words, read from the real specs: the messages
 * below are the docs' own, with the placeholders filled.
 */
class MethodWordingTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension EXTENSION = new FakeBitrix24PortalExtension();

  private final PortalClient client = new PortalClient();

  @Test
  void aMissingParamUsesTheMethodsRowForThatField() throws Exception {
    var reply = call("humanresources.node.list", "{}");

    assertEquals(
        json(
            "Error during request object validation",
            "Required field `type` is not specified",
            "type"),
        reply.json());
  }

  @Test
  void aWrongTypeUsesTheMethodsTemplateAndTheMessageOfItsDocumented400() throws Exception {
    var reply =
        call(
            "humanresources.node.add",
            "{\"type\":\"DEPARTMENT\",\"name\":\"Sales\",\"parentId\":\"one\"}");

    assertEquals(
        json(
            "Error validating the request object",
            "Field `parentId` requires data type `int` for this request",
            "parentId"),
        reply.json());
  }

  @Test
  void aValueOutsideAnEnumUsesTheRowThatListsTheAllowedValues() throws Exception {
    var reply =
        call(
            "humanresources.node.member.add",
            "{\"nodeId\":5,\"userIds\":[1],\"role\":\"MEMBER_OWNER\"}");

    assertEquals(400, reply.status());
    assertEquals("role", reply.json().at("/error/validation/0/field").asText());
    assertEquals(
        "Invalid role `MEMBER_OWNER`. Allowed: `MEMBER_HEAD, MEMBER_DEPUTY_HEAD, MEMBER_EMPLOYEE,"
            + " MEMBER_TEAM_HEAD, MEMBER_TEAM_DEPUTY_HEAD, MEMBER_TEAM_EMPLOYEE`.",
        reply.json().at("/error/validation/0/message").asText());
  }

  private PortalClient.Reply call(String method, String body) throws Exception {
    return client.post(EXTENSION.portal().webhookUrl() + method, body);
  }

  private static com.fasterxml.jackson.databind.JsonNode json(
      String message, String problem, String field) {
    var body = Json.object();
    var error = body.putObject("error");
    error.put("code", "BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION");
    error.put("message", message);
    error.putArray("validation").addObject().put("message", problem).put("field", field);
    return body;
  }

  @Test
  void anUnknownSelectFieldOfARealMethodGetsItsDocumentedUnknownDtoPropertyError()
      throws Exception {
    var reply = call("humanresources.node.get", "{\"id\":1,\"select\":[\"id\",\"stageId\"]}");

    assertEquals(400, reply.status(), reply.body());
    assertEquals(
        Json.parse(
                "{\"error\":{\"code\":\"BITRIX_REST_V3_EXCEPTION_UNKNOWNDTOPROPERTYEXCEPTION\","
                    + "\"message\":\"Unknown field `stageId` for entity `NodeDto`\"}}")
            .orElseThrow(),
        reply.json());
  }

  @Test
  void ofSeveralRowsForAFieldTheOneAboutAnInvalidValueIsUsed() throws Exception {
    var reply = call("humanresources.node.edit", "{\"id\":5,\"colorName\":\"ultraviolet\"}");

    assertEquals(
        json(
            "Error validating the request object",
            "An invalid color value was provided.",
            "colorName"),
        reply.json());
  }

  @Test
  void paginationThatCannotBeRecognizedGetsTheDocumentedPaginationError() throws Exception {
    var reply =
        call(
            "humanresources.node.list",
            "{\"type\":\"DEPARTMENT\",\"pagination\":{\"limit\":\"abc\"}}");

    assertEquals(400, reply.status(), reply.body());
    assertEquals(
        Json.parse(
                "{\"error\":{\"code\":\"BITRIX_REST_V3_EXCEPTION_INVALIDPAGINATIONEXCEPTION\",\"message\":\"Cannot"
                    + " recognize pagination parameter `{\\\"limit\\\":\\\"abc\\\"}`\"}}")
            .orElseThrow(),
        reply.json());
  }

  @Test
  void aSelectThatIsNotAnArrayGetsTheDocumentedSelectError() throws Exception {
    var reply = call("humanresources.node.get", "{\"id\":1,\"select\":\"id,name\"}");

    assertEquals(400, reply.status(), reply.body());
    assertEquals(
        "BITRIX_REST_V3_EXCEPTION_INVALIDSELECTEXCEPTION", reply.json().at("/error/code").asText());
    assertEquals(
        "Unable to recognize select expression `id,name`",
        reply.json().at("/error/message").asText());
  }

  @Test
  void aSelectValueOutsideTheKnownOnesGetsTheDocumentedCodeOfItsOwn() throws Exception {
    try (FakeBitrix24Portal portal = syntheticPortal()) {
      var reply =
          client.post(
              portal.webhookUrl() + TestSpecs.FIELD_GET,
              "{\"name\":\"id\",\"select\":[\"name\",\"x\"]}");

      assertEquals(400, reply.status());
      assertEquals(
          Json.parse(
                  "{\"error\":{\"code\":\"BITRIX_REST_V3_EXCEPTION_UNKNOWNDTOPROPERTYEXCEPTION\","
                      + "\"message\":\"Unknown field `x` for entity `DtoFieldDto`\"}}")
              .orElseThrow(),
          reply.json());
    }
  }

  @Test
  void aDottedSelectPathIntoAKnownFieldIsARelationNotAnUnknownField() throws Exception {
    try (FakeBitrix24Portal portal = syntheticPortal()) {
      String url = portal.webhookUrl() + TestSpecs.FIELD_GET;

      assertEquals(
          200, client.post(url, "{\"name\":\"id\",\"select\":[\"type.name\"]}").status());
      var reply = client.post(url, "{\"name\":\"id\",\"select\":[\"x.name\"]}");
      assertEquals(400, reply.status());
      assertTrue(reply.body().contains("Unknown field `x.name`"), reply.body());
    }
  }

  @Test
  void aStringOutsideItsKnownValuesGetsTheDeclaredCodeWithTheCodesStatus() throws Exception {
    try (FakeBitrix24Portal portal = syntheticPortal()) {
      var reply = client.post(portal.webhookUrl() + TestSpecs.FIELD_GET, "{\"name\":\"nope\"}");

      assertEquals(404, reply.status(), "the status declared for the code");
      assertEquals(TestSpecs.FIELD_NOT_FOUND, reply.json().at("/error/code").asText());
      assertEquals("Field `nope` not found", reply.json().at("/error/message").asText());
    }
  }

  @Test
  void knownValuesAreAnOpenSetWhereTheDocsDocumentNoError() throws Exception {
    try (FakeBitrix24Portal portal = syntheticPortal()) {
      var reply =
          client.post(
              portal.webhookUrl() + TestSpecs.OPEN_LIST, "{\"select\":[\"id\",\"stageId\"]}");

      // rest-v3.md: an unknown field of the object in select is left out, not an error.
      assertEquals(200, reply.status(), reply.body());
    }
  }

  private static FakeBitrix24Portal syntheticPortal() {
    return FakeBitrix24Portal.builder().spec(TestSpecs.model()).start();
  }
}
