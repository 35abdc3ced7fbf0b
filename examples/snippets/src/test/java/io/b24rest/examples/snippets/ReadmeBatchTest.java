package io.b24rest.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;

// tag::readme-batch[]
import io.b24rest.api.humanresources.NodeCountRequest;
import io.b24rest.api.humanresources.NodeCountResult;
import io.b24rest.api.humanresources.NodeGetRequest;
import io.b24rest.api.humanresources.NodeGetResult;
import io.b24rest.runtime.BatchCall;
import io.b24rest.runtime.Bitrix24Batch;

// end::readme-batch[]
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's batch snippet: two typed calls in one request. */
class ReadmeBatchTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  @Test
  void sendsTwoCallsInOneRequest(FakeBitrix24Portal portal) {
    Bitrix24Client client = portal.clientBuilder().build();
    // tag::readme-batch[]
    Bitrix24Batch batch = client.batch();
    BatchCall<NodeGetResult> node = batch.add(NodeGetRequest.builder().id(1L).build());
    BatchCall<NodeCountResult> count = batch.add(NodeCountRequest.builder().build());
    batch.execute();
    node.result();   // typed, or throws this call's typed error
    // end::readme-batch[]
    assertEquals(25L, count.result().departments());
    assertEquals(1L, node.result().item().id());
    assertEquals(1, portal.requestCount());
    assertEquals("batch", portal.takeRequest().methodName().orElseThrow());
  }
}
