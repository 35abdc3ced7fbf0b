package io.b24rest.examples.snippets;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

// tag::readme-metrics[]
import io.b24rest.micrometer.Bitrix24Metrics;
import io.b24rest.micrometer.Bitrix24Observations;
import io.b24rest.runtime.Bitrix24Client;

// end::readme-metrics[]
import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's metrics and observations listeners: one call is one sample of the calls timer and
 * one observation named after its REST method.
 */
class ReadmeMetricsTest {
  private static final String METHOD = "humanresources.node.communication.list";

  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  @Test
  void aCallIsTimedAndObserved(FakeBitrix24Portal portal) {
    String webhookUrl = portal.webhookUrl();
    SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
    TestObservationRegistry observationRegistry = TestObservationRegistry.create();
    // tag::readme-metrics[]
    // meterRegistry: a Micrometer MeterRegistry; observationRegistry: an ObservationRegistry
    Bitrix24Client client = Bitrix24Client.webhook(webhookUrl)
        .listener(new Bitrix24Metrics(meterRegistry))
        .listener(new Bitrix24Observations(observationRegistry))
        .build();
    // end::readme-metrics[]

    client.api(NodeCommunicationApi.class)
        .list(NodeCommunicationListRequest.builder().id(15L).build());

    assertEquals(1, meterRegistry.get("bitrix24.calls")
        .tags("method", METHOD, "outcome", "success", "error", "none").timer().count());
    assertThat(observationRegistry)
        .hasSingleObservationThat()
        .hasNameEqualTo("bitrix24.call")
        .hasContextualNameEqualTo(METHOD)
        .hasBeenStopped();
    client.close();
  }
}
