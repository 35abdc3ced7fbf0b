package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.Bitrix24ProtocolException;
import io.b24rest.runtime.auth.Bitrix24OAuthRefresher;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OAuthRefresherTest {
  private static final String CLIENT_SECRET = "clientSecretLJSl0lNB76";
  private static final String TOKEN_ANSWER =
      """
{"access_token":"ydtj8pho532wydb5ixk78ol7uqlb7sch","client_endpoint":"https://portal.bitrix24.com/rest/",
 "domain":"oauth.bitrix.info","expires":1780319382,"expires_in":3600,
 "member_id":"a223c6b3710f85df22e9377d6c4f7553","refresh_token":"3s6lr4kr3cv2od4v853gvrchb875bwxb",
 "scope":"crm,task","server_endpoint":"https://oauth.bitrix.info/rest/","status":"F","user_id":67}""";

  @RegisterExtension final FakePortalExtension oauthServer = new FakePortalExtension();

  private Bitrix24OAuthRefresher.Builder refresher() {
    return Bitrix24OAuthRefresher.builder("app.573ad8a0346747.09223434", CLIENT_SECRET)
        .serverUrl(oauthServer.portal().origin() + "/oauth/token/");
  }

  @Test
  void refreshesWithTheRefreshTokenGrantAndPersistsThePair() {
    oauthServer.portal().enqueue(Reply.json(200, TOKEN_ANSWER));
    List<OAuthTokens> persisted = new CopyOnWriteArrayList<>();

    OAuthTokens fresh =
        refresher()
            .onRefresh(persisted::add)
            .build()
            .refresh(OAuthTokens.of("oldAccess123", "4f9k4jpmg13usmybzuqknt2v9fh0q6rl"));

    FakePortal.Recorded request = oauthServer.portal().received().get(0);
    assertEquals("GET", request.method());
    assertEquals("/oauth/token/", request.path());
    assertEquals(
        "grant_type=refresh_token&client_id=app.573ad8a0346747.09223434"
            + "&client_secret="
            + CLIENT_SECRET
            + "&refresh_token=4f9k4jpmg13usmybzuqknt2v9fh0q6rl",
        request.query());
    assertEquals("ydtj8pho532wydb5ixk78ol7uqlb7sch", fresh.accessToken());
    assertEquals("3s6lr4kr3cv2od4v853gvrchb875bwxb", fresh.refreshToken());
    assertEquals(Instant.ofEpochSecond(1780319382), fresh.expiresAt());
    assertEquals(List.of(fresh), persisted);
    assertFalse(fresh.toString().contains("ydtj8pho"), fresh.toString());
    assertFalse(fresh.toString().contains("3s6lr4kr"), fresh.toString());
  }

  @Test
  void serverErrorIsATypedExceptionWithoutSecrets() {
    oauthServer
        .portal()
        .enqueue(
            Reply.json(
                400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid grant\"}"));
    var e =
        assertThrows(
            Bitrix24ApiException.class,
            () -> refresher().build().refresh(OAuthTokens.of("oldAccess123", "refreshXYZ789")));
    assertEquals("invalid_grant", e.code());
    assertEquals(400, e.httpStatus());
    assertFalse(e.getMessage().contains(CLIENT_SECRET));
    assertFalse(e.getMessage().contains("refreshXYZ789"));
  }

  @Test
  void garbledAnswerIsAProtocolException() {
    oauthServer
        .portal()
        .enqueue(
            Reply.raw(
                502,
                ("<html>bad gateway refresh_token=refreshXYZ789&client_secret="
                        + CLIENT_SECRET
                        + "</html>")
                    .getBytes(StandardCharsets.UTF_8),
                "text/html"));
    var e =
        assertThrows(
            Bitrix24ProtocolException.class,
            () -> refresher().build().refresh(OAuthTokens.of("oldAccess123", "refreshXYZ789")));
    assertEquals(502, e.httpStatus());
    assertFalse(e.getMessage().contains(CLIENT_SECRET), e.getMessage());
    assertFalse(e.getMessage().contains("refreshXYZ789"), e.getMessage());
  }

  @Test
  void plainHttpOnlyToLoopback() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Bitrix24OAuthRefresher.builder("id", "secret").serverUrl("http://oauth.example.com/"));
  }

  @Test
  void clientRefreshesThroughTheOAuthServerAndRetries() throws Exception {
    try (FakePortal portal = new FakePortal()) {
      portal.otherwise(
          r ->
              r.body().contains("oldAccess123")
                  ? Reply.json(
                      401, "{\"error\":\"expired_token\",\"error_description\":\"expired\"}")
                  : FakePortal.ok("{\"items\":[]}"));
      oauthServer.portal().enqueue(Reply.json(200, TOKEN_ANSWER));
      Bitrix24Client client =
          TestClients.oauth(portal, OAuthTokens.of("oldAccess123", "refresh0001"))
              .tokenRefresher(refresher().build())
              .build();

      client.api(TestItemApi.class).list(new TestItemListRequest(1L));

      assertEquals(2, portal.received().size());
      assertTrue(portal.received().get(1).body().contains("ydtj8pho532wydb5ixk78ol7uqlb7sch"));
      assertEquals(1, oauthServer.portal().received().size());
    }
  }
}
