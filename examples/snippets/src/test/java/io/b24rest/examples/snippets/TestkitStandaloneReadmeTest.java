package io.b24rest.examples.snippets;

// tag::testkit-standalone[]
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.api.humanresources.NodeCommunicationListResult;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.RecordedRequest;
import java.util.Map;

// end::testkit-standalone[]
import org.junit.jupiter.api.Test;

/** The testkit README's first snippet: a portal started and closed by the test itself. */
class TestkitStandaloneReadmeTest {
  @Test
  void startsAPortalWithoutTheExtension() {
    // tag::testkit-standalone[]
    try (FakeBitrix24Portal portal = FakeBitrix24Portal.builder().webhook(1, "s3cret").start()) {
      portal.on("humanresources.node.communication.list")
          .withParams(Map.of("id", 15))
          .respond("{\"chats\":[],\"chatsNoAccess\":2,\"channels\":[],\"channelsNoAccess\":0,"
              + "\"collabs\":[],\"collabsNoAccess\":0}");
      // a client on portal.webhookUrl() (OAuth: portal.baseUrl() and portal.accessToken())
      Bitrix24Client client = portal.clientBuilder().build();
      NodeCommunicationListResult result = client.api(NodeCommunicationApi.class)
          .list(NodeCommunicationListRequest.builder().id(15L).build()).result();
      assertEquals(2L, result.chatsNoAccess());
      RecordedRequest request = portal.takeRequest();   // what the client sent
      assertEquals(15, request.param("id").orElseThrow().asInt());
    }
    // end::testkit-standalone[]
  }
}
