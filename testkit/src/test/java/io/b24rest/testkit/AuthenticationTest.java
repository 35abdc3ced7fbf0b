package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthenticationTest {
  private static final String NO_AUTH =
      "{\"error\":\"NO_AUTH_FOUND\",\"error_description\":\"Wrong authorization data\"}";
  private static final String EXPIRED =
      "{\"error\":\"expired_token\",\"error_description\":\"The access token provided has"
          + " expired\"}";

  @RegisterExtension
  final FakeBitrix24PortalExtension extension =
      new FakeBitrix24PortalExtension(
          FakeBitrix24Portal.builder()
              .spec(TestSpecs.model())
              .webhook(7, "webhooksecret")
              .oauthToken("token-1"));

  private final PortalClient client = new PortalClient();

  @Test
  void webhookWithTheRightSecretIsServed(FakeBitrix24Portal portal) throws Exception {
    var reply = client.post(portal.webhookUrl() + TestSpecs.SEED, "{\"id\":15}");

    assertEquals(200, reply.status());
    assertEquals(
        "http://127.0.0.1:" + portal.port() + "/rest/api/7/webhooksecret/", portal.webhookUrl());
  }

  @Test
  void webhookWithAWrongSecretGets401NoAuthFound(FakeBitrix24Portal portal) throws Exception {
    var reply = client.post(portal.restApiUrl() + "7/wrongsecret/" + TestSpecs.SEED, "{\"id\":15}");

    assertEquals(401, reply.status());
    assertEquals(Json.parse(NO_AUTH).orElseThrow(), reply.json());
  }

  @Test
  void webhookWithAWrongUserGets401(FakeBitrix24Portal portal) throws Exception {
    var reply =
        client.post(portal.restApiUrl() + "8/webhooksecret/" + TestSpecs.SEED, "{\"id\":15}");

    assertEquals(401, reply.status());
    assertEquals(Json.parse(NO_AUTH).orElseThrow(), reply.json());
  }

  @Test
  void oauthWithTheTokenInTheBodyIsServed(FakeBitrix24Portal portal) throws Exception {
    var reply =
        client.post(portal.restApiUrl() + TestSpecs.SEED, "{\"id\":15,\"auth\":\"token-1\"}");

    assertEquals(200, reply.status());
    assertEquals(AuthMode.OAUTH, portal.lastRequest().authMode());
  }

  @Test
  void oauthWithAWrongOrMissingTokenGets401NoAuthFound(FakeBitrix24Portal portal) throws Exception {
    var wrong =
        client.post(portal.restApiUrl() + TestSpecs.SEED, "{\"id\":15,\"auth\":\"token-2\"}");
    var missing = client.post(portal.restApiUrl() + TestSpecs.SEED, "{\"id\":15}");

    assertEquals(401, wrong.status());
    assertEquals(Json.parse(NO_AUTH).orElseThrow(), wrong.json());
    assertEquals(401, missing.status());
    assertEquals(Json.parse(NO_AUTH).orElseThrow(), missing.json());
  }

  @Test
  void anExpiredTokenGets401ExpiredTokenUntilANewOneIsIssued(FakeBitrix24Portal portal)
      throws Exception {
    portal.expireToken();
    var expired =
        client.post(portal.restApiUrl() + TestSpecs.SEED, "{\"id\":15,\"auth\":\"token-1\"}");
    portal.issueToken("token-2");
    var renewed =
        client.post(portal.restApiUrl() + TestSpecs.SEED, "{\"id\":15,\"auth\":\"token-2\"}");
    var old = client.post(portal.restApiUrl() + TestSpecs.SEED, "{\"id\":15,\"auth\":\"token-1\"}");

    assertEquals(401, expired.status());
    assertEquals(Json.parse(EXPIRED).orElseThrow(), expired.json());
    assertEquals(200, renewed.status());
    assertEquals(401, old.status());
    assertEquals("expired_token", old.json().get("error").asText());
  }

  @Test
  void theWebhookStillWorksWhenTheTokenExpires(FakeBitrix24Portal portal) throws Exception {
    portal.expireToken();

    assertEquals(200, client.post(portal.webhookUrl() + TestSpecs.SEED, "{\"id\":15}").status());
  }

  @Test
  void resetRestoresTheConfiguredToken(FakeBitrix24Portal portal) throws Exception {
    portal.expireToken();
    portal.reset();

    assertEquals("token-1", portal.accessToken());
    assertEquals(
        200,
        client
            .post(portal.restApiUrl() + TestSpecs.SEED, "{\"id\":15,\"auth\":\"token-1\"}")
            .status());
  }
}
