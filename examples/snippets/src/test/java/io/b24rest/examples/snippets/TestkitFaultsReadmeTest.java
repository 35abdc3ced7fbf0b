package io.b24rest.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

// tag::testkit-faults[]
import io.b24rest.testkit.Fault;
import java.time.Duration;

// end::testkit-faults[]
import io.b24rest.api.humanresources.NodeAddRequest;
import io.b24rest.api.humanresources.NodeApi;
import io.b24rest.api.humanresources.NodeGetRequest;
import io.b24rest.api.humanresources.NodeType;
import io.b24rest.core.Bitrix24Exception;
import io.b24rest.core.Bitrix24ProtocolException;
import io.b24rest.core.Bitrix24TransportException;
import io.b24rest.runtime.retry.RetryPolicy;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The testkit README's faults snippet: each fault met by a client that does not retry. */
class TestkitFaultsReadmeTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  @Test
  void appliesTheFaultsInTheOrderRegistered(FakeBitrix24Portal portal) {
    // tag::testkit-faults[]
    portal.inject(Fault.delay(Duration.ofMillis(300))).once();
    portal.inject(Fault.dropConnection()).forMethod("humanresources.node.add").times(2);
    portal.inject(Fault.badGatewayHtml()).once();           // 502, text/html nginx page
    portal.inject(Fault.internalServerError()).always();   // until reset()
    // end::testkit-faults[]
    NodeApi nodes = portal.clientBuilder().retryPolicy(RetryPolicy.none()).build()
        .api(NodeApi.class);
    NodeGetRequest get = NodeGetRequest.builder().id(1L).build();
    long start = System.nanoTime();
    nodes.get(get);   // delayed, then answered
    assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos());
    assertEquals(502, assertThrows(Bitrix24ProtocolException.class, () -> nodes.get(get))
        .httpStatus());
    NodeAddRequest add =
        NodeAddRequest.builder().type(NodeType.DEPARTMENT).name("Sales").parentId(1L).build();
    assertThrows(Bitrix24TransportException.class, () -> nodes.add(add));
    assertThrows(Bitrix24TransportException.class, () -> nodes.add(add));
    assertThrows(Bitrix24Exception.class, () -> nodes.get(get));
    assertEquals(1, portal.answerCount(500));
    portal.reset();
    assertEquals(1L, nodes.get(get).result().item().id());
  }
}
