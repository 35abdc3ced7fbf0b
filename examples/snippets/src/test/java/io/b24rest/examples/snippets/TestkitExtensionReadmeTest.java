package io.b24rest.examples.snippets;

// tag::testkit-extension[]
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.b24rest.api.humanresources.NodeApi;
import io.b24rest.api.humanresources.NodeGetRequest;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// end::testkit-extension[]
/**
 * The testkit README's JUnit 5 snippet: a portal that refuses calls above the portal's standard
 * leaky bucket (a client that did not pace itself would meet 503s after 50 calls), and a client
 * paced to stay within it.
 */
// tag::testkit-extension[]
class TestkitExtensionReadmeTest {
  @RegisterExtension                       // static: one portal per class, reset before each test
  static final FakeBitrix24PortalExtension PORTAL =
      new FakeBitrix24PortalExtension(FakeBitrix24Portal.builder().rateLimit(50, 2));

  @Test
  void staysWithinTheRateLimit(FakeBitrix24Portal portal) {   // or PORTAL.portal()
    // paced as on a real portal: a burst, then 2 calls a second
    Bitrix24Client client = portal.clientBuilder().rateLimit(RateLimit.standard()).build();
    for (int i = 0; i < 52; i++) {
      client.api(NodeApi.class).get(NodeGetRequest.builder().id(1L).build());
    }
    assertEquals(52, portal.requestCount());
    assertEquals(0, portal.answerCount(503));   // none refused
  }
}
// end::testkit-extension[]
