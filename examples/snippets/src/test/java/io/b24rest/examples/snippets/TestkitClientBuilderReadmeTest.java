package io.b24rest.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;

// tag::testkit-client-builder[]
import io.b24rest.api.humanresources.NodeApi;
import io.b24rest.api.humanresources.NodeGetRequest;
import io.b24rest.runtime.Bitrix24Client;

// end::testkit-client-builder[]
import io.b24rest.testkit.AuthMode;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import io.b24rest.testkit.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The testkit README's {@code clientBuilder()} snippet: a client set up for the portal. */
class TestkitClientBuilderReadmeTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  @Test
  void handsOutAClientOnThePortalsWebhook(FakeBitrix24Portal portal) {
    // tag::testkit-client-builder[]
    Bitrix24Client client = portal.clientBuilder().build();
    client.api(NodeApi.class).get(NodeGetRequest.builder().id(1L).build());
    // end::testkit-client-builder[]
    RecordedRequest sent = portal.takeRequest();
    assertEquals(AuthMode.WEBHOOK, sent.authMode());
    assertEquals(portal.webhookUrl() + "humanresources.node.get",
        portal.baseUrl() + sent.path());
  }
}
