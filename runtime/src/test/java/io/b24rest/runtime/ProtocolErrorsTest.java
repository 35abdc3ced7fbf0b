package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.core.Bitrix24ProtocolException;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProtocolErrorsTest {
  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();
  private TestItemApi api;

  @BeforeEach
  void setUp() {
    api = TestClients.itemApi(fake.portal());
  }

  private Bitrix24ProtocolException call() {
    return assertThrows(
        Bitrix24ProtocolException.class, () -> api.list(new TestItemListRequest(1L)));
  }

  @Test
  void htmlBadGatewayIsAProtocolErrorAfterTheReadRetries() {
    String html =
        "<html><head><title>502 Bad Gateway</title></head><body>"
            + "x".repeat(500)
            + " https://p.bitrix24.com/rest/1/"
            + FakePortal.SECRET
            + "/</body></html>";
    fake.portal()
        .otherwise(r -> Reply.raw(502, html.getBytes(StandardCharsets.UTF_8), "text/html"));

    Bitrix24ProtocolException e = call();
    assertEquals(502, e.httpStatus());
    assertTrue(e.excerpt().startsWith("<html><head><title>502 Bad Gateway"), e.excerpt());
    assertTrue(e.excerpt().length() <= 200);
    assertEquals(TestClients.FAST_RETRIES.maxAttempts(), fake.portal().received().size());
  }

  @Test
  void secretInAnExcerptIsMasked() {
    String body = "<p>proxy error for /rest/1/" + FakePortal.SECRET + "/test.item.list</p>";
    fake.portal().enqueue(Reply.raw(404, body.getBytes(StandardCharsets.UTF_8), "text/html"));
    Bitrix24ProtocolException e = call();
    assertFalse(e.getMessage().contains(FakePortal.SECRET), e.getMessage());
    assertTrue(e.excerpt().contains("/rest/1/***"), e.excerpt());
  }

  @Test
  void emptyBodyIsAProtocolError() {
    fake.portal().enqueue(Reply.raw(200, new byte[0], "application/json"));
    Bitrix24ProtocolException e = call();
    assertEquals(200, e.httpStatus());
    assertTrue(e.getMessage().contains("empty body"), e.getMessage());
  }

  @Test
  void truncatedBodyIsAProtocolError() {
    fake.portal().enqueue(Reply.json(200, "{\"result\":{\"items\":[{\"id\":3,\"title\":\"Depa"));
    Bitrix24ProtocolException e = call();
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    assertTrue(e.excerpt().startsWith("{\"result\""), e.excerpt());
  }

  @Test
  void answerWithoutResultIsAProtocolError() {
    fake.portal().enqueue(Reply.json(200, "{\"time\":{\"start\":1}}"));
    assertTrue(call().getMessage().contains("no result"));
  }

  @Test
  void resultOfTheWrongShapeIsAProtocolError() {
    fake.portal().enqueue(Reply.json(200, "{\"result\":{\"items\":{\"id\":\"not a list\"}}}"));
    assertTrue(call().getMessage().contains("expected shape"));
  }

  @Test
  void errorStatusWithoutErrorMemberIsAProtocolError() {
    fake.portal().enqueue(Reply.json(400, "{\"message\":\"nope\"}"));
    assertEquals(400, call().httpStatus());
  }
}
