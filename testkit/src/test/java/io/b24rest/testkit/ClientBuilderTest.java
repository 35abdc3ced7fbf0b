package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.b24rest.api.humanresources.NodeApi;
import io.b24rest.api.humanresources.NodeGetRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client builder the portal hands out: its webhook, retries that go on after a fault. */
class ClientBuilderTest {
  @RegisterExtension
  final FakeBitrix24PortalExtension extension = new FakeBitrix24PortalExtension();

  @Test
  void aClientFromThePortalsBuilderCallsItAndRetriesAFault(FakeBitrix24Portal portal) {
    portal.inject(Fault.internalServerError()).once();
    NodeApi nodes = portal.clientBuilder().build().api(NodeApi.class);

    nodes.get(NodeGetRequest.builder().id(1L).build());

    assertEquals(2, portal.requests("humanresources.node.get").size());
    assertEquals(AuthMode.WEBHOOK, portal.lastRequest().authMode());
  }
}
