package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.Bitrix24Exception;
import io.b24rest.core.ValidationError;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.retry.RetryPolicy;
import io.b24rest.runtime.testapi.TestErrors;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ErrorShapesTest {
  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();
  private TestItemApi api;

  @BeforeEach
  void setUp() {
    api = TestClients.itemApi(fake.portal());
  }

  private Bitrix24Exception call() {
    return assertThrows(Bitrix24Exception.class, () -> api.list(new TestItemListRequest(1L)));
  }

  @Test
  void rest3ShapeWithValidationBecomesTypedException() {
    fake.portal()
        .enqueue(
            Reply.json(
                400,
                """
{"error":{"code":"BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION",
  "message":"Error validating request object",
  "validation":[{"message":"Required field `id` is not specified","field":"id"}]}}"""));

    var e = assertInstanceOf(TestErrors.RequestValidationException.class, call());
    assertEquals(400, e.httpStatus());
    assertEquals("Error validating request object", e.error().message());
    assertEquals(
        List.of(new ValidationError("id", "Required field `id` is not specified")), e.validation());
    assertEquals("test.item.list", e.method());
    assertEquals(1, fake.portal().received().size(), "a 400 is not retried");
  }

  @Test
  void entityNotFoundIsTyped() {
    fake.portal()
        .enqueue(
            Reply.json(
                400,
                """
{"error":{"code":"BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION","message":"not found"}}"""));
    assertInstanceOf(TestErrors.EntityNotFoundException.class, call());
  }

  @Test
  void flatShapeBecomesTypedException() {
    fake.portal()
        .enqueue(
            Reply.json(
                401,
                """
{"error":"expired_token","error_description":"The access token provided has expired."}"""));

    var e = assertInstanceOf(TestErrors.ExpiredTokenException.class, call());
    assertEquals("expired_token", e.code());
    assertEquals("The access token provided has expired.", e.error().message());
    assertEquals(401, e.httpStatus());
  }

  @Test
  void unknownCodeKeepsCodeMessageAndStatus() {
    fake.portal()
        .enqueue(
            Reply.json(
                418,
                """
                {"error":{"code":"SOMETHING_NEW","message":"A new kind of error"}}"""));

    Bitrix24Exception e = call();
    assertSame(Bitrix24ApiException.class, e.getClass());
    var api = (Bitrix24ApiException) e;
    assertEquals("SOMETHING_NEW", api.code());
    assertEquals("A new kind of error", api.error().message());
    assertEquals(418, api.httpStatus());
  }

  @Test
  void errorInA200AnswerIsAnErrorToo() {
    fake.portal()
        .enqueue(
            Reply.json(
                200,
                """
{"error":{"code":"BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION","message":"gone"}}"""));
    var e = assertInstanceOf(TestErrors.EntityNotFoundException.class, call());
    assertEquals(200, e.httpStatus());
  }

  @Test
  void anErrorBesideAResultIsStillAnError() {
    fake.portal()
        .enqueue(
            Reply.json(
                200,
                """
{"result":{"items":[]},"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many"}"""));
    var api =
        TestClients.webhook(fake.portal())
            .retryPolicy(RetryPolicy.none())
            .build()
            .api(TestItemApi.class);
    var e =
        assertInstanceOf(
            TestErrors.QueryLimitExceededException.class,
            assertThrows(Bitrix24Exception.class, () -> api.list(new TestItemListRequest(1L))));
    assertEquals(200, e.httpStatus());
  }

  @Test
  void aFactoryThatFailsFallsBackToThePlainException() throws Exception {
    try (FakePortal other = new FakePortal()) {
      other.enqueue(Reply.json(403, "{\"error\":\"ACCESS_DENIED\",\"error_description\":\"no\"}"));
      TestItemApi failing =
          TestClients.webhook(other)
              .errorFactory(
                  error -> {
                    throw new IllegalStateException("broken registry");
                  })
              .build()
              .api(TestItemApi.class);
      var e =
          assertThrows(Bitrix24ApiException.class, () -> failing.list(new TestItemListRequest(1L)));
      assertEquals("ACCESS_DENIED", e.code());
    }
  }
}
