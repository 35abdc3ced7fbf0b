package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.RequestLine;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.error.Bitrix24RequestException;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestBatchApi;
import io.b24rest.runtime.testapi.TestItemApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExceptionBoundaryTest {
  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();

  /** Not a Feign interface: no request line. */
  interface NotAnApi {
    void call();
  }

  /** A request whose accessor fails while Jackson writes it. */
  record Unwritable(String value) {
    @Override
    public String value() {
      throw new IllegalStateException("no value");
    }
  }

  /** Takes any request. */
  interface SelfReferencingApi {
    @RequestLine("POST /test.loop")
    Object send(Object request);
  }

  @Test
  void aNullRequestIsATypedException() throws Exception {
    TestItemApi api = TestClients.itemApi(fake.portal());
    var e = assertThrows(Bitrix24RequestException.class, () -> api.list(null));
    assertFalse(e.getMessage().contains(FakePortal.SECRET), e.getMessage());
    assertEquals(0, fake.portal().received().size());
  }

  @Test
  void anUnwritableRequestIsATypedException() throws Exception {
    SelfReferencingApi api =
        TestClients.webhook(fake.portal()).build().api(SelfReferencingApi.class);
    Object unwritable = new Unwritable("x");
    var e = assertThrows(Bitrix24RequestException.class, () -> api.send(unwritable));
    assertTrue(e.getMessage().contains("could not be written as JSON"), e.getMessage());
  }

  @Test
  void anInterfaceWithoutRequestLinesIsRejected() throws Exception {
    Bitrix24Client client = TestClients.webhook(fake.portal()).build();
    assertThrows(IllegalArgumentException.class, () -> client.api(NotAnApi.class));
    assertThrows(IllegalArgumentException.class, () -> client.api(String.class));
  }

  @Test
  void proxiesCompareByIdentity() throws Exception {
    TestItemApi api = TestClients.itemApi(fake.portal());
    assertTrue(api.equals(api));
    assertFalse(api.equals(null));
    assertEquals(System.identityHashCode(api), api.hashCode());
  }

  @Test
  void oauthBatchWithAnArrayBodyCarriesTheTokenInTheQuery() throws Exception {
    fake.portal()
        .enqueue(
            FakePortal.Reply.json(401, "{\"error\":\"expired_token\"}"),
            FakePortal.ok("[{\"item\":{\"id\":1}}]"));
    TestBatchApi api =
        TestClients.oauth(fake.portal(), OAuthTokens.of("accessTokenBatch1", "refresh1"))
            .tokenRefresher(expired -> OAuthTokens.of("accessTokenBatch2", "refresh2"))
            .build()
            .api(TestBatchApi.class);
    var answer = api.batch(List.of(Map.of("method", "tasks.task.get", "query", Map.of("id", 1))));
    assertEquals(1, answer.result().get(0).get("item").get("id").asInt());
    FakePortal.Recorded request = fake.portal().received().get(0);
    assertTrue(request.body().startsWith("[{"), request.body());
    assertEquals("auth=accessTokenBatch1", request.query());
    assertEquals("auth=accessTokenBatch2", fake.portal().received().get(1).query());
  }
}
