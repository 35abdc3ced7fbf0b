package io.b24rest.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

// tag::testkit-oauth[]
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.auth.Bitrix24OAuthRefresher;
import io.b24rest.runtime.auth.OAuthTokens;

// end::testkit-oauth[]
import io.b24rest.api.humanresources.NodeApi;
import io.b24rest.api.humanresources.NodeGetRequest;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The testkit README's OAuth snippet: expire, renew at the portal's token endpoint, repeat. */
class TestkitOAuthReadmeTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  @Test
  void renewsAnExpiredTokenAndRepeatsTheCall(FakeBitrix24Portal portal) {
    // tag::testkit-oauth[]
    OAuthTokens tokens = OAuthTokens.of(portal.accessToken(), portal.refreshToken());
    Bitrix24Client client = Bitrix24Client.oauth(portal.baseUrl(), tokens)
        .tokenRefresher(
            Bitrix24OAuthRefresher.builder(portal.oauthClientId(), portal.oauthClientSecret())
                .serverUrl(portal.oauthServerUrl())   // the portal's token endpoint
                .build())
        .build();
    portal.expireToken();   // the next call gets expired_token, renews once and is repeated
    // end::testkit-oauth[]
    String oldToken = portal.accessToken();
    assertEquals(1L, client.api(NodeApi.class).get(NodeGetRequest.builder().id(1L).build())
        .result().item().id());
    assertEquals(1, portal.tokenRefreshCount());
    assertEquals(2, portal.requests("humanresources.node.get").size());   // refused, repeated
    assertNotEquals(oldToken, client.currentTokens().orElseThrow().accessToken());
    client.close();
  }
}
