package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.b24rest.core.Bitrix24Exception;
import io.b24rest.runtime.auth.Bitrix24OAuthRefresher;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.auth.TokenRefreshException;
import io.b24rest.runtime.internal.auth.TokenStore;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A failed token refresh is retried by a later call, after a bounded back-off. */
class TokenRefreshRecoveryTest {
  private static final String OLD = "expiredAccessToken0001";
  private static final String NEW = "freshAccessToken0002";
  private static final String EXPIRED = "{\"error\":\"expired_token\"}";

  private final ObjectMapper json = new ObjectMapper();
  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();
  @RegisterExtension final FakePortalExtension oauthServer = new FakePortalExtension();

  private void portalAcceptsOnly(String token) {
    fake.portal()
        .otherwise(
            r -> {
              try {
                return token.equals(json.readTree(r.body()).get("auth").asText())
                    ? FakePortal.ok("{\"items\":[]}")
                    : Reply.json(401, EXPIRED);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
  }

  private static void waitOutTheBackOff() throws InterruptedException {
    Thread.sleep(TokenStore.FIRST_RETRY_DELAY.toMillis() + 200);
  }

  @Test
  void aFailedRefreshIsRetriedByALaterCall() throws Exception {
    portalAcceptsOnly(NEW);
    AtomicInteger refreshes = new AtomicInteger();
    TestItemApi api =
        TestClients.oauth(fake.portal(), OAuthTokens.of(OLD, "refresh0001"))
            .tokenRefresher(
                expired -> {
                  if (refreshes.incrementAndGet() == 1) {
                    throw new IllegalStateException("the token store is down");
                  }
                  return OAuthTokens.of(NEW, "refresh0002");
                })
            .build()
            .api(TestItemApi.class);

    assertThrows(TokenRefreshException.class, () -> api.list(new TestItemListRequest(1L)));
    waitOutTheBackOff();
    assertEquals(0, api.list(new TestItemListRequest(1L)).result().items().size());
    assertEquals(2, refreshes.get());
  }

  @Test
  void callsDuringTheBackOffFailAtOnceWithoutAnotherRefresh() {
    portalAcceptsOnly(NEW);
    AtomicInteger refreshes = new AtomicInteger();
    TestItemApi api =
        TestClients.oauth(fake.portal(), OAuthTokens.of(OLD, "refresh0001"))
            .tokenRefresher(
                expired -> {
                  refreshes.incrementAndGet();
                  throw new IllegalStateException("the token store is down");
                })
            .build()
            .api(TestItemApi.class);
    assertThrows(TokenRefreshException.class, () -> api.list(new TestItemListRequest(1L)));
    assertThrows(TokenRefreshException.class, () -> api.list(new TestItemListRequest(1L)));
    assertEquals(1, refreshes.get());
  }

  @Test
  void anOAuthServer503OnceDoesNotPoisonTheClient() throws Exception {
    portalAcceptsOnly(NEW);
    oauthServer
        .portal()
        .enqueue(Reply.raw(503, "<html>busy</html>".getBytes(), "text/html"))
        .otherwise(
            r ->
                Reply.json(
                    200,
                    "{\"access_token\":\"" + NEW + "\",\"refresh_token\":\"refresh0002\"}"));
    TestItemApi api =
        TestClients.oauth(fake.portal(), OAuthTokens.of(OLD, "refresh0001"))
            .tokenRefresher(
                Bitrix24OAuthRefresher.builder("app.1", "clientSecret0001")
                    .serverUrl(oauthServer.portal().origin() + "/oauth/token/")
                    .build())
            .build()
            .api(TestItemApi.class);

    var first = assertThrows(Bitrix24Exception.class, () -> api.list(new TestItemListRequest(1L)));
    assertInstanceOf(io.b24rest.core.Bitrix24ProtocolException.class, first);
    waitOutTheBackOff();
    assertEquals(0, api.list(new TestItemListRequest(1L)).result().items().size());
    assertEquals(2, oauthServer.portal().received().size());
  }
}
