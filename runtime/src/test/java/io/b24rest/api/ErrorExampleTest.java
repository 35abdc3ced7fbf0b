package io.b24rest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.ValidationError;
import io.b24rest.core.spi.MethodDescriptor;
import io.b24rest.spec.model.Example;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.Bitrix24Json;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.runtime.retry.RetryPolicy;
import io.b24rest.testsupport.JsonTrees;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every documented error answer, served by a portal on loopback to a real {@link Bitrix24Client}
 * that calls the method with its documented request example (read into the generated request
 * record, so the example also proves that the record holds it): the call must fail with the
 * generated exception of the answer's code, carrying its status, message and validation details.
 */
class ErrorExampleTest {
  private static final ObjectMapper MAPPER = Bitrix24Json.newObjectMapper();
  private static final AtomicReference<Example> ANSWER = new AtomicReference<>();
  private static final AtomicReference<String> RECEIVED = new AtomicReference<>();
  private static HttpServer portal;
  private static Bitrix24Client client;

  @BeforeAll
  static void startPortal() throws IOException {
    portal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    portal.createContext(
        "/",
        exchange -> {
          RECEIVED.set(
              exchange.getRequestURI().getPath()
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          Example answer = ANSWER.get();
          byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(answer.status(), body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    portal.start();
    client =
        Bitrix24Client.webhook(
                "http://127.0.0.1:" + portal.getAddress().getPort() + "/rest/1/examples/")
            .rateLimit(RateLimit.off())
            .retryPolicy(RetryPolicy.none())
            .build();
  }

  @AfterAll
  static void stopPortal() {
    portal.stop(0);
  }

  @TestFactory
  List<DynamicTest> errorExamplesBecomeTheirTypedExceptions() {
    List<DynamicTest> tests = new ArrayList<>();
    for (MethodModel method : SpecExamples.methods()) {
      int n = 0;
      for (Example example : method.responseExamples()) {
        if (example.status() >= 400) {
          n++;
          tests.add(
              dynamicTest(
                  method.name() + " " + example.status() + " #" + n,
                  () -> assertTypedFailure(method, example)));
        }
      }
    }
    return tests;
  }

  private static void assertTypedFailure(MethodModel method, Example example) throws Exception {
    MethodDescriptor descriptor = SpecExamples.descriptor(method);
    String requestJson = method.requestExample().orElse("{}");
    Object request = MAPPER.readValue(requestJson, descriptor.requestType());
    Method call = descriptor.api().getMethod(descriptor.javaMethod(), descriptor.requestType());
    ANSWER.set(example);

    Bitrix24ApiException thrown = null;
    try {
      call.invoke(client.api(descriptor.api()), request);
      fail(method.name() + " returned normally on " + example.json());
    } catch (InvocationTargetException e) {
      if (!(e.getCause() instanceof Bitrix24ApiException api)) {
        throw new AssertionError(method.name() + " failed untyped", e.getCause());
      }
      thrown = api;
    }

    String[] received = RECEIVED.get().split(" ", 2);
    assertEquals("/rest/api/1/examples/" + method.name(), received[0]);
    assertEquals(
        JsonTrees.withoutNulls(MAPPER.readTree(requestJson)),
        MAPPER.readTree(received[1]),
        method.name() + ": the request example was sent changed");

    JsonNode error = MAPPER.readTree(example.json()).get("error");
    assertNotNull(error, method.name() + ": the example has no error member");
    String code = error.isObject() ? error.path("code").asText() : error.asText();
    assertSame(SpecExamples.exceptionOf(code), thrown.getClass(), thrown.getMessage());
    assertEquals(code, thrown.code());
    assertEquals(example.status(), thrown.httpStatus());
    assertEquals(method.name(), thrown.method());
    String message =
        error.isObject()
            ? error.path("message").asText("")
            : MAPPER.readTree(example.json()).path("error_description").asText("");
    assertEquals(message, thrown.error().message());
    assertEquals(validation(error), thrown.validation());
  }

  private static List<ValidationError> validation(JsonNode error) {
    List<ValidationError> expected = new ArrayList<>();
    for (JsonNode item : error.path("validation")) {
      expected.add(
          new ValidationError(
              item.hasNonNull("field") ? item.get("field").asText() : null,
              item.path("message").asText("")));
    }
    return expected;
  }
}
