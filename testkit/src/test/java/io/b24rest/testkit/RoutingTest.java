package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.testsupport.JsonTrees;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RoutingTest {
  @RegisterExtension
  final FakeBitrix24PortalExtension extension =
      new FakeBitrix24PortalExtension(FakeBitrix24Portal.builder().spec(TestSpecs.model()));

  private final PortalClient client = new PortalClient();

  @Test
  void anUnknownMethodGets404MethodNotFound(FakeBitrix24Portal portal) throws Exception {
    var reply = client.post(portal.webhookUrl() + "humanresources.node.nothing", "{}");

    assertEquals(404, reply.status());
    assertEquals(
        Json.parse(
                "{\"error\":\"ERROR_METHOD_NOT_FOUND\",\"error_description\":\"Method not"
                    + " found!\"}")
            .orElseThrow(),
        reply.json());
  }

  @Test
  void theOldRestAddressWithoutApiGets404(FakeBitrix24Portal portal) throws Exception {
    String oldAddress =
        portal.baseUrl()
            + "/rest/"
            + portal.webhookUserId()
            + "/"
            + portal.webhookSecret()
            + "/"
            + TestSpecs.SEED;

    var reply = client.post(oldAddress, "{\"id\":15}");

    assertEquals(404, reply.status());
    assertEquals("ERROR_METHOD_NOT_FOUND", reply.json().get("error").asText());
  }

  @Test
  void aBodyThatIsNotJsonGets400InvalidJson(FakeBitrix24Portal portal) throws Exception {
    var form = client.post(portal.webhookUrl() + TestSpecs.SEED, "id=15");
    var trailing = client.post(portal.webhookUrl() + TestSpecs.SEED, "{\"id\":15} junk");

    for (var reply : List.of(form, trailing)) {
      assertEquals(400, reply.status());
      assertEquals(
          "BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION",
          reply.json().path("error").path("code").asText());
      assertEquals(List.of("code", "message"), JsonTrees.memberNames(reply.json().get("error")));
    }
  }

  @Test
  void aJsonArrayBodyForAPlainMethodGets400InvalidJson(FakeBitrix24Portal portal) throws Exception {
    var reply = client.post(portal.webhookUrl() + TestSpecs.SEED, "[{\"id\":15}]");

    assertEquals(400, reply.status());
    assertEquals(
        "BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION",
        reply.json().path("error").path("code").asText());
  }

  @Test
  void aMethodWithoutParamsAnswersGet(FakeBitrix24Portal portal) throws Exception {
    var reply = client.get(portal.webhookUrl() + TestSpecs.PING);

    assertEquals(200, reply.status());
    assertEquals(Json.parse("{\"result\":true}").orElseThrow(), reply.json().get("result"));
  }

  @Test
  void getPassesNoParamsSoARequiredOneIsMissing(FakeBitrix24Portal portal) throws Exception {
    // rest-v3.md: REST 3.0 does not read params from the query string.
    var reply = client.get(portal.webhookUrl() + TestSpecs.SEED + "?id=15");

    assertEquals(400, reply.status());
    assertEquals("id", reply.json().at("/error/validation/0/field").asText());
  }

  @Test
  void headGetsTheStatusWithoutABody(FakeBitrix24Portal portal) throws Exception {
    var reply = client.head(portal.webhookUrl() + TestSpecs.PING);

    assertEquals(200, reply.status());
    assertEquals("", reply.body());
  }

  @Test
  void anEmptyPostBodyMeansNoParams(FakeBitrix24Portal portal) throws Exception {
    assertEquals(200, client.post(portal.webhookUrl() + TestSpecs.PING, "").status());
  }

  @Test
  void aJsonSuffixOnTheMethodIsAccepted(FakeBitrix24Portal portal) throws Exception {
    var reply = client.post(portal.webhookUrl() + TestSpecs.SEED + ".json", "{\"id\":15}");

    assertEquals(200, reply.status());
    assertEquals(TestSpecs.SEED, portal.lastRequest().methodName().orElseThrow());
  }

  @Test
  void theMethodNamesAreThoseOfTheSpec(FakeBitrix24Portal portal) {
    Set<String> expected = new TreeSet<>(TestSpecs.syntheticMethods());
    TestSpecs.realSpecs().methods().forEach(method -> expected.add(method.name()));

    assertEquals(expected, portal.methodNames());
    assertTrue(portal.methodNames().contains(TestSpecs.SEED));
  }

  @Test
  void registeringAnswersForAMethodTheSpecsLackFailsClearly(FakeBitrix24Portal portal) {
    var thrown = assertThrows(IllegalArgumentException.class, () -> portal.on("no.such.method"));
    assertEquals("the specs have no method no.such.method", thrown.getMessage());
  }
}
