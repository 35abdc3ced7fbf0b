package io.b24rest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.b24rest.core.ApiResponse;
import io.b24rest.core.spi.MethodDescriptor;
import io.b24rest.spec.model.Example;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.runtime.Bitrix24Json;
import io.b24rest.testsupport.JsonTrees;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Every documented example of every spec goes through the generated types and comes back as the
 * same JSON: proof that the records hold everything the docs show, with nothing lost or renamed.
 * {@code null} and an absent member count as the same. The {@code result} must come back exactly
 * (numbers in the same form, datetimes as the same text: {@code +00:00} and {@code Z} differ); the {@code time} block is the hand-written {@code ResponseTime},
 * whose seconds are doubles, so there {@code 1780403500} and {@code 1.7804035E9} are equal by exact
 * decimal value.
 */
class ExampleRoundTripTest {
  private static final ObjectMapper MAPPER = Bitrix24Json.newObjectMapper();

  @Test
  void everySpecifiedMethodHasASuccessExample() {
    List<MethodModel> methods = SpecExamples.methods();
    assertFalse(methods.isEmpty());
    for (MethodModel method : methods) {
      assertTrue(
          method.responseExample(200).isPresent(),
          method.name() + " documents no 200 answer");
    }
  }

  @Test
  void theComparisonCatchesAMemberTheTypesLackAndANumberInAnotherForm() {
    MethodModel get =
        SpecExamples.methods().stream()
            .filter(m -> m.name().equals("humanresources.node.get"))
            .findFirst()
            .orElseThrow();
    String documented = get.responseExample(200).orElseThrow().json();
    assertTrue(documented.contains("\"result\":{") && documented.contains("\"id\":1,"), documented);

    String unknownMember = documented.replace("\"result\":{", "\"result\":{\"unknownMember\":1,");
    assertThrows(
        AssertionFailedError.class,
        () -> assertResultRoundTrip(get, new Example(200, unknownMember)));
    // A fraction where the spec says integer is refused as it is read (no ACCEPT_FLOAT_AS_INT).
    String otherForm = documented.replace("\"id\":1,", "\"id\":1.0,");
    assertThrows(
        InvalidFormatException.class, () -> assertResultRoundTrip(get, new Example(200, otherForm)));
  }

  @TestFactory
  List<DynamicTest> successExamplesSurviveTheResultTypes() {
    List<DynamicTest> tests = new ArrayList<>();
    for (MethodModel method : SpecExamples.methods()) {
      int n = 0;
      for (Example example : method.responseExamples()) {
        if (example.status() == 200) {
          n++;
          tests.add(
              dynamicTest(
                  method.name() + " 200 #" + n, () -> assertResultRoundTrip(method, example)));
        }
      }
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> requestExamplesSurviveTheRequestTypes() {
    List<DynamicTest> tests = new ArrayList<>();
    for (MethodModel method : SpecExamples.methods()) {
      method
          .requestExample()
          .ifPresent(
              json ->
                  tests.add(
                      dynamicTest(
                          method.name() + " request", () -> assertRequestRoundTrip(method, json))));
    }
    return tests;
  }

  private static void assertResultRoundTrip(MethodModel method, Example example) throws Exception {
    MethodDescriptor descriptor = SpecExamples.descriptor(method);
    JavaType type =
        MAPPER.getTypeFactory().constructParametricType(ApiResponse.class, descriptor.resultType());
    ApiResponse<?> decoded = MAPPER.readValue(example.json(), type);
    assertTrue(
        descriptor.resultType().isInstance(decoded.result()),
        method.name() + ": result decodes to " + decoded.result());

    JsonNode expected = JsonTrees.withoutNulls(MAPPER.readTree(example.json()));
    JsonNode actual = JsonTrees.withoutNulls(MAPPER.readTree(MAPPER.writeValueAsString(decoded)));
    assertEquals(
        expected.get("result"),
        actual.get("result"),
        method.name() + ": the result changed on its way through " + descriptor.resultType());
    JsonNode expectedTime = expected.path("time");
    JsonNode actualTime = actual.path("time");
    assertTrue(
        expectedTime.equals(JsonTrees.NUMBERS_BY_VALUE, actualTime),
        method.name() + ": time " + expectedTime + " came back as " + actualTime);
    assertEquals(
        new TreeSet<>(JsonTrees.memberNames(expected)),
        new TreeSet<>(JsonTrees.memberNames(actual)),
        method.name() + ": top-level members");
  }

  private static void assertRequestRoundTrip(MethodModel method, String json) throws Exception {
    MethodDescriptor descriptor = SpecExamples.descriptor(method);
    Object request = MAPPER.readValue(json, descriptor.requestType());
    JsonNode expected = JsonTrees.withoutNulls(MAPPER.readTree(json));
    JsonNode actual = JsonTrees.withoutNulls(MAPPER.readTree(MAPPER.writeValueAsString(request)));
    assertEquals(
        expected,
        actual,
        method.name()
            + ": the request example changed on its way through "
            + descriptor.requestType());
  }}
