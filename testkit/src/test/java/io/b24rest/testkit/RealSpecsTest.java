package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.b24rest.spec.model.Example;
import io.b24rest.spec.model.MethodModel;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** The compiled specs on the class path: what users of the testkit get by default. */
@ExtendWith(FakeBitrix24PortalExtension.class)
class RealSpecsTest {
  private final PortalClient client = new PortalClient();

  @Test
  void theSeedIsServedWithItsDocumented200Example(FakeBitrix24Portal portal) throws Exception {
    var reply = client.post(portal.webhookUrl() + TestSpecs.SEED, "{\"id\":15}");

    assertEquals(200, reply.status());
    assertEquals(TestSpecs.seedExample(200).get("result"), reply.json().get("result"));
  }

  @Test
  void aMissingIdIsAnsweredExactlyLikeTheSeedsDocumented400(FakeBitrix24Portal portal)
      throws Exception {
    var reply = client.post(portal.webhookUrl() + TestSpecs.SEED, "{}");

    assertEquals(400, reply.status());
    assertEquals(TestSpecs.seedExample(400), reply.json());
    assertEquals(TestSpecs.seedExample(400).toString(), reply.body());
  }

  @TestFactory
  Stream<DynamicTest> everyMethodAnswersItsDocumentedRequestWithItsDocumented200Result(
      FakeBitrix24Portal portal) {
    assertFalse(portal.methodNames().isEmpty());
    return portal.spec().methods().stream()
        .map(method -> dynamicTest(method.name(), () -> servesTheDocumentedExample(portal, method)));
  }

  @TestFactory
  Stream<DynamicTest> everyListMethodCutsItsDocumentedRecordsToTheSelect(
      FakeBitrix24Portal portal) {
    return portal.spec().methods().stream()
        .filter(method -> method.paging().isPresent())
        .filter(method -> method.params().stream().anyMatch(p -> p.name().equals("select")))
        .map(method -> dynamicTest(method.name(), () -> cutsToTheSelect(portal, method)));
  }

  private void cutsToTheSelect(FakeBitrix24Portal portal, MethodModel method) throws Exception {
    JsonNode documented =
        client.post(portal.webhookUrl() + method.name(), method.requestExample().orElse("{}"))
            .json()
            .get("result");
    String items = method.paging().orElseThrow().items();
    JsonNode records = documented.path(items);
    if (!records.isArray() || records.isEmpty() || !records.get(0).has("id")) {
      return; // no documented record to cut: nothing to compare
    }
    ObjectNode request =
        (ObjectNode) Json.parse(method.requestExample().orElse("{}")).orElseGet(Json::object);
    request.putArray("select").add("id");

    var reply = client.post(portal.webhookUrl() + method.name(), request.toString());

    assertEquals(200, reply.status(), method.name() + " -> " + reply.body());
    JsonNode cut = reply.json().path("result").path(items);
    assertEquals(records.size(), cut.size(), method.name());
    for (int i = 0; i < records.size(); i++) {
      assertEquals(
          Json.object().set("id", records.get(i).get("id")), cut.get(i), method.name() + " " + i);
    }
  }

  private void servesTheDocumentedExample(FakeBitrix24Portal portal, MethodModel method)
      throws Exception {
    String request = method.requestExample().orElse("{}");

    var reply = client.post(portal.webhookUrl() + method.name(), request);

    assertEquals(200, reply.status(), method.name() + " " + request + " -> " + reply.body());
    JsonNode expected =
        method.responseExample(200)
            .map(Example::json)
            .flatMap(Json::parse)
            .map(example -> example.get("result"))
            .orElseGet(Json::object);
    assertEquals(expected, reply.json().get("result"), method.name());
    assertTrue(reply.json().get("time").has("operating_reset_at"), method.name());
  }
}
