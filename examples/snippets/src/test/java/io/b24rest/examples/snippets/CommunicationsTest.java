package io.b24rest.examples.snippets;

// tag::readme-testkit[]
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CommunicationsTest {
  @RegisterExtension   // one portal per class, reset before each test
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  @Test
  void listsCommunications(FakeBitrix24Portal portal) {
    portal.on("humanresources.node.communication.list").withParam("id", 15).respond(
        "{\"chats\":[],\"chatsNoAccess\":2,\"channels\":[],\"collabs\":[]}");
    // a client on the portal's webhook, unpaced and with fast retries:
    Bitrix24Client client = portal.clientBuilder().build();
    client.api(NodeCommunicationApi.class)
        .list(NodeCommunicationListRequest.builder().id(15L).build());
    assertEquals(15, portal.takeRequest().param("id").orElseThrow().asInt());
  }
}
// end::readme-testkit[]
