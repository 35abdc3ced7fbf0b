package io.b24rest.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

// tag::readme-client[]
import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.api.humanresources.NodeCommunicationListResult;
import io.b24rest.core.ApiResponse;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.auth.Bitrix24OAuthRefresher;
import io.b24rest.runtime.auth.OAuthTokens;

// end::readme-client[]
import io.b24rest.api.humanresources.Communication;
import io.b24rest.testkit.AuthMode;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's first client snippet, on the testkit portal's webhook and OAuth token. */
class ReadmeClientTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  /** Where the application keeps its tokens. */
  static final class TokenStore {
    final List<OAuthTokens> saved = new ArrayList<>();

    void save(OAuthTokens tokens) {
      saved.add(tokens);
    }
  }

  @Test
  void callsThroughAWebhookAndBuildsAnOAuthClient(FakeBitrix24Portal portal) {
    String webhookUrl = portal.webhookUrl();
    String portalUrl = portal.baseUrl();
    String access = portal.accessToken();
    String refresh = portal.refreshToken();
    String clientId = portal.oauthClientId();
    String clientSecret = portal.oauthClientSecret();
    TokenStore store = new TokenStore();
    // tag::readme-client[]
    // Inbound webhook: webhookUrl is https://<portal>/rest/<user>/<secret>/ (or
    // .../rest/api/<user>/<secret>/), for example System.getenv("B24_WEBHOOK_URL")
    Bitrix24Client client = Bitrix24Client.webhook(webhookUrl).build();
    // or an OAuth application (portalUrl: https://example.bitrix24.com), renewing the token when
    // it expires and handing each new pair to store.save:
    Bitrix24Client app = Bitrix24Client.oauth(portalUrl, OAuthTokens.of(access, refresh))
        .tokenRefresher(
            Bitrix24OAuthRefresher.builder(clientId, clientSecret).onRefresh(store::save).build())
        .build();

    NodeCommunicationApi api = client.api(NodeCommunicationApi.class);
    ApiResponse<NodeCommunicationListResult> answer =
        api.list(NodeCommunicationListRequest.builder().id(15L).build());
    answer.result().chats().forEach(chat -> System.out.println(chat.title()));
    answer.time();   // the time block: duration, operating, operating_reset_at
    // end::readme-client[]
    assertEquals(List.of("Department chat"),
        answer.result().chats().stream().map(Communication::title).toList());
    assertNotNull(answer.time());
    assertEquals(AuthMode.WEBHOOK, portal.takeRequest().authMode());
    NodeCommunicationListResult byOAuth = app.api(NodeCommunicationApi.class)
        .list(NodeCommunicationListRequest.builder().id(15L).build()).result();
    assertEquals(answer.result(), byOAuth);
    assertEquals(AuthMode.OAUTH, portal.takeRequest().authMode());
    client.close();
    app.close();
  }
}
