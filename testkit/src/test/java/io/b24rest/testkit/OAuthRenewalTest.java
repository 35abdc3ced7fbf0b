package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** settings/oauth/auto-renewal.md: expired_token, renew with the refresh token, repeat. */
class OAuthRenewalTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension EXTENSION =
      new FakeBitrix24PortalExtension(
          FakeBitrix24Portal.builder()
              .spec(TestSpecs.model())
              .oauthToken("access-1")
              .oauthApplication("app.1", "client-secret", "refresh-1"));

  private final PortalClient client = new PortalClient();

  @Test
  void anExpiredTokenIsRenewedAndTheCallRepeatedWithTheNewOne() throws Exception {
    FakeBitrix24Portal portal = EXTENSION.portal();
    portal.expireToken();
    assertEquals("expired_token", call("access-1").json().get("error").asText());

    var renewal = renew("app.1", "client-secret", "refresh-1");

    assertEquals(200, renewal.status());
    JsonNode tokens = renewal.json();
    assertEquals(
        List.of(
            "access_token",
            "client_endpoint",
            "domain",
            "expires",
            "expires_in",
            "member_id",
            "refresh_token",
            "scope",
            "server_endpoint",
            "status",
            "user_id"),
        tokens.properties().stream().map(Map.Entry::getKey).toList());
    assertEquals(portal.accessToken(), tokens.get("access_token").asText());
    assertEquals(portal.refreshToken(), tokens.get("refresh_token").asText());
    assertNotEquals("refresh-1", portal.refreshToken());
    assertEquals(portal.baseUrl() + "/rest/", tokens.get("client_endpoint").asText());
    assertEquals(3600, tokens.get("expires_in").asLong());
    assertTrue(tokens.get("scope").asText().contains("humanresources"), tokens.toString());
    assertEquals(200, call(tokens.get("access_token").asText()).status());
    assertEquals("expired_token", call("access-1").json().get("error").asText());
    assertEquals(1, portal.tokenRefreshCount());
  }

  @Test
  void aUsedRefreshTokenIsAnInvalidGrant() throws Exception {
    renew("app.1", "client-secret", "refresh-1");

    var again = renew("app.1", "client-secret", "refresh-1");

    assertEquals(400, again.status());
    assertEquals(
        Json.parse(
                "{\"error\":\"invalid_grant\","
                    + "\"error_description\":\"Invalid authorization data was provided\"}")
            .orElseThrow(),
        again.json());
  }

  @Test
  void aWrongClientIsAnInvalidClient() throws Exception {
    var reply = renew("app.1", "wrong-secret", "refresh-1");

    assertEquals(401, reply.status());
    assertEquals("invalid_client", reply.json().get("error").asText());
    assertEquals(0, EXTENSION.portal().tokenRefreshCount());
  }

  @Test
  void anotherGrantTypeIsAnInvalidRequest() throws Exception {
    var reply =
        client.get(EXTENSION.portal().oauthServerUrl() + "?grant_type=authorization_code&code=x");

    assertEquals(400, reply.status());
    assertEquals("invalid_request", reply.json().get("error").asText());
  }

  @Test
  void resetRestoresTheConfiguredTokens() throws Exception {
    FakeBitrix24Portal portal = EXTENSION.portal();
    renew("app.1", "client-secret", "refresh-1");

    portal.reset();

    assertEquals("access-1", portal.accessToken());
    assertEquals("refresh-1", portal.refreshToken());
    assertEquals(200, call("access-1").status());
  }

  private PortalClient.Reply call(String token) throws Exception {
    return client.post(
        EXTENSION.portal().restApiUrl() + TestSpecs.PING, "{\"auth\":\"" + token + "\"}");
  }

  private PortalClient.Reply renew(String clientId, String secret, String refreshToken)
      throws Exception {
    return client.get(
        EXTENSION.portal().oauthServerUrl()
            + "?grant_type=refresh_token&client_id="
            + encode(clientId)
            + "&client_secret="
            + encode(secret)
            + "&refresh_token="
            + encode(refreshToken));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
