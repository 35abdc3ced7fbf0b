package io.b24rest.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.CallListener;
import io.b24rest.runtime.CallObserver;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import io.b24rest.testkit.Fault;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link Bitrix24Observations} against the testkit, with Micrometer's test registry. */
class Bitrix24ObservationsTest {
  private static final String METHOD = "humanresources.node.communication.list";
  private static final NodeCommunicationListRequest REQUEST =
      NodeCommunicationListRequest.builder().id(15L).build();

  @RegisterExtension
  final FakeBitrix24PortalExtension extension =
      new FakeBitrix24PortalExtension(
          FakeBitrix24Portal.builder().webhook(7, "Secr3tWebhookValue"));

  private final TestObservationRegistry registry = TestObservationRegistry.create();

  @Test
  void eachCallIsOneObservationNamedAfterItsMethodWithItsRetries(FakeBitrix24Portal portal) {
    portal.inject(Fault.internalServerError()).once();
    Bitrix24Client client =
        portal.clientBuilder().listener(new Bitrix24Observations(registry)).build();

    client.api(NodeCommunicationApi.class).list(REQUEST);

    assertThat(registry)
        .hasNumberOfObservationsEqualTo(1)
        .hasObservationWithNameEqualTo(Bitrix24Observations.NAME)
        .that()
        .hasContextualNameEqualTo(METHOD)
        .hasBeenStarted()
        .hasBeenStopped()
        .hasLowCardinalityKeyValue(Bitrix24Observations.METHOD, METHOD)
        .hasLowCardinalityKeyValue(Bitrix24Observations.KIND, "READ")
        .hasLowCardinalityKeyValue(Bitrix24Observations.OUTCOME, "success")
        .hasLowCardinalityKeyValue(Bitrix24Observations.ERROR_CODE, "none")
        .hasHighCardinalityKeyValue(Bitrix24Observations.ATTEMPTS, "2")
        .hasHighCardinalityKeyValue(Bitrix24Observations.STATUS, "200")
        .doesNotHaveError();
  }

  @Test
  void aFailedCallsObservationHasItsErrorAndCode(FakeBitrix24Portal portal) {
    portal.on(METHOD).respondError(400, "SOME_CODE", "failed");
    Bitrix24Client client =
        portal.clientBuilder().listener(new Bitrix24Observations(registry)).build();

    assertThrows(
        Bitrix24ApiException.class, () -> client.api(NodeCommunicationApi.class).list(REQUEST));

    assertThat(registry)
        .hasSingleObservationThat()
        .hasLowCardinalityKeyValue(Bitrix24Observations.OUTCOME, "error")
        .hasLowCardinalityKeyValue(Bitrix24Observations.ERROR_CODE, "SOME_CODE")
        .assertThatError()
        .isInstanceOf(Bitrix24ApiException.class);
  }

  @Test
  void theObservationIsInScopeWhileTheCallRunsAndClosedAfter(FakeBitrix24Portal portal) {
    AtomicReference<Observation> seenInCall = new AtomicReference<>();
    CallListener peek =
        call -> {
          seenInCall.set(registry.getCurrentObservation());
          return CallObserver.NONE;
        };
    Bitrix24Client client =
        portal
            .clientBuilder()
            .listener(new Bitrix24Observations(registry))
            .listener(peek)
            .build();

    client.api(NodeCommunicationApi.class).list(REQUEST);

    assertSame(
        Bitrix24Observations.NAME,
        seenInCall.get() == null ? null : seenInCall.get().getContext().getName());
    assertNull(registry.getCurrentObservation(), "no scope left open on the thread");
  }

  @Test
  void noKeyValueOrNameHoldsTheSecretOrTheUrl(FakeBitrix24Portal portal) {
    List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
    registry
        .observationConfig()
        .observationHandler(
            new ObservationHandler<Observation.Context>() {
              @Override
              public boolean supportsContext(Observation.Context context) {
                return true;
              }

              @Override
              public void onStop(Observation.Context context) {
                stopped.add(context);
              }
            });
    portal.inject(Fault.internalServerError()).once();
    Bitrix24Client client =
        portal.clientBuilder().listener(new Bitrix24Observations(registry)).build();
    client.api(NodeCommunicationApi.class).list(REQUEST);
    portal.on(METHOD).respondError(503, "QUERY_LIMIT_EXCEEDED", "Too many requests");
    assertThrows(
        Bitrix24ApiException.class, () -> client.api(NodeCommunicationApi.class).list(REQUEST));

    assertEquals(2, stopped.size());
    for (Observation.Context context : stopped) {
      String all =
          context.getName()
              + context.getContextualName()
              + context.getAllKeyValues()
              + (context.getError() == null ? "" : context.getError().getMessage());
      assertFalse(all.contains(portal.webhookSecret()), all);
      assertFalse(all.contains("/rest/"), all);
    }
  }
}
