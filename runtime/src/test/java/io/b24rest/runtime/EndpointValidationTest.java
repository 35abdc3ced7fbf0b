package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.internal.http.PortalEndpoint;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestItemApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointValidationTest {
  private static final String SECRET = "s3cr3tW3bh00kC0de";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://p.bitrix24.com/rest/1/" + SECRET + "/",
        "https://p.bitrix24.com/rest/1/" + SECRET,
        "https://p.bitrix24.com/rest/api/1/" + SECRET + "/",
        "https://P.Bitrix24.com/rest/api/1/" + SECRET
      })
  void bothWebhookFormsGoToRestApi(String url) {
    PortalEndpoint endpoint = PortalEndpoint.fromWebhookUrl(url);
    assertEquals("https://p.bitrix24.com/rest/api/1/" + SECRET, endpoint.baseUrl());
    assertEquals("https://p.bitrix24.com/rest/api/1/***", endpoint.maskedBaseUrl());
    assertFalse(endpoint.toString().contains(SECRET));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://p.bitrix24.com/rest/" + SECRET + "/",
        "https://p.bitrix24.com/1/" + SECRET + "/",
        "https://p.bitrix24.com/rest/1/" + SECRET + "/extra/",
        "https://p.bitrix24.com/rest/1/" + SECRET + "/?x=1",
        "https://user:" + SECRET + "@p.bitrix24.com/rest/1/" + SECRET + "/",
        "p.bitrix24.com/rest/1/" + SECRET + "/",
        "ftp://p.bitrix24.com/rest/1/" + SECRET + "/",
        "http://p.bitrix24.com/rest/1/" + SECRET + "/",
        "http://10.0.0.1/rest/1/" + SECRET + "/",
        "https://p.bitrix24.com/rest/1/" + SECRET + " with space/",
        "   "
      })
  void malformedWebhookUrlsAreRejectedWithoutEchoingTheSecret(String url) {
    var e = assertThrows(IllegalArgumentException.class, () -> Bitrix24Client.webhook(url));
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    assertTrue(e.getMessage().contains("URL"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/rest/1/" + SECRET + "/",
        "http://127.1.2.3/rest/1/" + SECRET + "/",
        "http://localhost:1/rest/1/" + SECRET + "/",
        "http://[::1]:8080/rest/1/" + SECRET + "/"
      })
  void plainHttpIsAllowedToLoopbackOnly(String url) {
    assertDoesNotThrow(() -> Bitrix24Client.webhook(url).build());
  }

  @Test
  void oauthPortalUrlMustBeHttps() {
    OAuthTokens tokens = OAuthTokens.of("accessToken123", null);
    assertThrows(
        IllegalArgumentException.class,
        () -> Bitrix24Client.oauth("http://p.bitrix24.com", tokens));
    assertThrows(
        IllegalArgumentException.class,
        () -> Bitrix24Client.oauth("https://p.bitrix24.com/?a=b", tokens));
    assertEquals(
        "https://p.bitrix24.com/rest/api",
        PortalEndpoint.fromPortalUrl("https://p.bitrix24.com/rest/api/").baseUrl());
    assertEquals(
        "https://p.bitrix24.com/rest/api",
        PortalEndpoint.fromPortalUrl("https://p.bitrix24.com").baseUrl());
  }

  @Test
  void nothingPrintsASecret() throws Exception {
    try (FakePortal portal = new FakePortal()) {
      Bitrix24Client webhook = TestClients.webhook(portal).build();
      Bitrix24Client oauth =
          TestClients.oauth(portal, OAuthTokens.of("accessTokenQQQ", "refreshTokenWWW")).build();
      for (Object o :
          new Object[] {
            webhook,
            webhook.api(TestItemApi.class),
            webhook.withIdempotencyKey("k").api(TestItemApi.class),
            TestClients.webhook(portal),
            oauth,
            oauth.api(TestItemApi.class),
            oauth.currentTokens().orElseThrow()
          }) {
        String text = o.toString();
        assertFalse(text.contains(FakePortal.SECRET), text);
        assertFalse(text.contains("accessTokenQQQ"), text);
        assertFalse(text.contains("refreshTokenWWW"), text);
      }
      assertTrue(webhook.api(TestItemApi.class).toString().contains("/rest/api/1/***"));
    }
  }

  @Test
  void timeoutsMustBePositive() throws Exception {
    try (FakePortal portal = new FakePortal()) {
      assertThrows(
          IllegalArgumentException.class,
          () -> TestClients.webhook(portal).readTimeout(java.time.Duration.ZERO));
      assertThrows(
          IllegalArgumentException.class,
          () -> TestClients.webhook(portal).connectTimeout(java.time.Duration.ofSeconds(-1)));
    }
  }
}
