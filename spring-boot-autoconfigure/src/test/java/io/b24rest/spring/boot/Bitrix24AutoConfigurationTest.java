package io.b24rest.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.b24rest.api.humanresources.NodeApi;
import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.core.Bitrix24ClientClosedException;
import io.b24rest.core.spi.MethodDescriptor;
import io.b24rest.micrometer.Bitrix24Metrics;
import io.b24rest.micrometer.Bitrix24Observations;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.Bitrix24Registry;
import io.b24rest.runtime.CallListener;
import io.b24rest.runtime.CallObserver;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration in application contexts, against the testkit on loopback. */
class Bitrix24AutoConfigurationTest {
  private static final String METHOD = "humanresources.node.communication.list";
  private static final NodeCommunicationListRequest REQUEST =
      NodeCommunicationListRequest.builder().id(15L).build();

  @RegisterExtension
  final FakeBitrix24PortalExtension extension = new FakeBitrix24PortalExtension();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  Bitrix24MetricsAutoConfiguration.class,
                  Bitrix24AutoConfiguration.class,
                  Bitrix24ActuatorAutoConfiguration.class));

  private ApplicationContextRunner webhook(FakeBitrix24Portal portal) {
    return runner.withPropertyValues(
        "bitrix24.webhook-url=" + portal.webhookUrl(),
        "bitrix24.rate-limit.preset=off",
        "bitrix24.retry.initial-delay=10ms",
        "bitrix24.retry.max-delay=50ms");
  }

  @Test
  void withoutAnEndpointThereIsNoClientAndNoApi() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(Bitrix24Client.class);
          assertThat(context).doesNotHaveBean(NodeCommunicationApi.class);
        });
  }

  @Test
  void aWebhookUrlGivesAClientAndAnInjectableApiThatCallsThePortal(FakeBitrix24Portal portal) {
    webhook(portal)
        .run(
            context -> {
              assertThat(context).hasSingleBean(Bitrix24Client.class);
              var answer = context.getBean(NodeCommunicationApi.class).list(REQUEST);
              assertEquals("Department chat", answer.result().chats().get(0).title());
              assertEquals(15, portal.lastRequest().param("id").orElseThrow().asInt());
            });
  }

  @Test
  void everyApiTheRegistryNamesIsABean(FakeBitrix24Portal portal) {
    webhook(portal)
        .run(
            context -> {
              for (MethodDescriptor method : Bitrix24Registry.methods()) {
                assertThat(context.getBeanNamesForType(method.api()))
                    .as(method.api().getName())
                    .hasSize(1);
              }
              assertThat(context.getBean("nodeCommunicationApi"))
                  .isInstanceOf(NodeCommunicationApi.class);
            });
  }

  @Test
  void anApiTheApplicationDefinesUnderAnotherNameIsTheOneInjected(FakeBitrix24Portal portal) {
    webhook(portal)
        .withUserConfiguration(OwnNodeCommunicationApi.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBeanNamesForType(NodeCommunicationApi.class))
                  .containsExactly("stubbedCommunications");
              assertThat(context).doesNotHaveBean("nodeCommunicationApi");
              assertThat(context.getBeanNamesForType(NodeApi.class)).hasSize(1);
            });
  }

  @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
  static class OwnNodeCommunicationApi {
    @org.springframework.context.annotation.Bean
    NodeCommunicationApi stubbedCommunications(Bitrix24Client client) {
      return client.api(NodeCommunicationApi.class);
    }
  }

  @Test
  void anOAuthPortalUrlGivesAnOAuthClient(FakeBitrix24Portal portal) {
    runner
        .withPropertyValues(
            "bitrix24.portal-url=" + portal.baseUrl(),
            "bitrix24.oauth.access-token=" + portal.accessToken(),
            "bitrix24.rate-limit.preset=off")
        .run(
            context -> {
              Bitrix24Client client = context.getBean(Bitrix24Client.class);
              assertThat(client.currentTokens()).isPresent();
              context.getBean(NodeCommunicationApi.class).list(REQUEST);
              assertEquals(1, portal.requests(METHOD).size());
            });
  }

  @Test
  void bothEndpointsAtOnceFailTheContextWithoutShowingTheSecret(FakeBitrix24Portal portal) {
    webhook(portal)
        .withPropertyValues("bitrix24.portal-url=" + portal.baseUrl())
        .run(
            context -> {
              assertThat(context).hasFailed();
              Throwable failure = context.getStartupFailure();
              StringBuilder messages = new StringBuilder();
              for (Throwable t = failure; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
              }
              assertThat(messages.toString())
                  .contains("set exactly one of bitrix24.webhook-url and bitrix24.portal-url")
                  .doesNotContain(portal.webhookSecret());
            });
  }

  @Test
  void closingTheContextClosesTheClient(FakeBitrix24Portal portal) {
    Bitrix24Client[] client = new Bitrix24Client[1];
    NodeCommunicationApi[] api = new NodeCommunicationApi[1];
    webhook(portal)
        .run(
            context -> {
              client[0] = context.getBean(Bitrix24Client.class);
              api[0] = context.getBean(NodeCommunicationApi.class);
              api[0].list(REQUEST);
            });
    assertThat(client[0].isClosed()).isTrue();
    assertThrows(Bitrix24ClientClosedException.class, () -> api[0].list(REQUEST));
  }

  @Test
  void aMeterRegistryBeanGetsTheCallsAndAnObservationRegistryTheObservations(
      FakeBitrix24Portal portal) {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    TestObservationRegistry observations = TestObservationRegistry.create();
    webhook(portal)
        .withBean(SimpleMeterRegistry.class, () -> meters)
        .withBean(TestObservationRegistry.class, () -> observations)
        .run(
            context -> {
              assertThat(context).hasSingleBean(Bitrix24Metrics.class);
              assertThat(context).hasSingleBean(Bitrix24Observations.class);
              context.getBean(NodeCommunicationApi.class).list(REQUEST);
              assertEquals(
                  1,
                  meters.get(Bitrix24Metrics.CALLS).tag("method", METHOD).timer().count());
              TestObservationRegistryAssert.assertThat(observations)
                  .hasObservationWithNameEqualTo(Bitrix24Observations.NAME)
                  .that()
                  .hasContextualNameEqualTo(METHOD);
            });
  }

  @Test
  void metricsAndObservationsCanBeTurnedOff(FakeBitrix24Portal portal) {
    webhook(portal)
        .withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
        .withBean(TestObservationRegistry.class, TestObservationRegistry::create)
        .withPropertyValues("bitrix24.metrics.enabled=false", "bitrix24.observations.enabled=false")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(Bitrix24Metrics.class);
              assertThat(context).doesNotHaveBean(Bitrix24Observations.class);
            });
  }

  @Test
  void ownListenersAndCustomizersReachTheClient(FakeBitrix24Portal portal) {
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger customized = new AtomicInteger();
    webhook(portal)
        .withBean(
            CallListener.class,
            () ->
                call -> {
                  calls.incrementAndGet();
                  return CallObserver.NONE;
                })
        .withBean(
            Bitrix24ClientBuilderCustomizer.class,
            () -> builder -> customized.incrementAndGet())
        .run(
            context -> {
              context.getBean(NodeCommunicationApi.class).list(REQUEST);
              assertEquals(1, calls.get());
              assertEquals(1, customized.get());
            });
  }

  @Test
  void theHealthIndicatorMakesNoCallByDefault(FakeBitrix24Portal portal) {
    webhook(portal)
        .run(
            context -> {
              var health = context.getBean(Bitrix24HealthIndicator.class);
              assertEquals("UP", health.health().getStatus().getCode());
              assertEquals("UP", health.health().getStatus().getCode());
              assertEquals(0, portal.requestCount());
              context.getBean(Bitrix24Client.class).close();
              assertEquals("DOWN", health.health().getStatus().getCode());
            });
  }

  @Test
  void aProbeMethodIsCalledAtMostOncePerInterval(FakeBitrix24Portal portal) {
    webhook(portal)
        .withPropertyValues(
            "bitrix24.health.probe-method=humanresources.node.field.list",
            "bitrix24.health.probe-interval=1h")
        .run(
            context -> {
              var health = context.getBean(Bitrix24HealthIndicator.class);
              assertEquals("UP", health.health().getStatus().getCode());
              assertEquals("UP", health.health().getStatus().getCode());
              assertEquals(1, portal.requests("humanresources.node.field.list").size());
            });
  }

  @Test
  void aFailingProbeIsDownWithItsErrorCodeOnly(FakeBitrix24Portal portal) {
    portal.on("humanresources.node.field.list").respondError(403, "ACCESS_DENIED", "no access");
    webhook(portal)
        .withPropertyValues("bitrix24.health.probe-method=humanresources.node.field.list")
        .run(
            context -> {
              var health = context.getBean(Bitrix24HealthIndicator.class).health();
              assertEquals("DOWN", health.getStatus().getCode());
              assertEquals("ACCESS_DENIED", health.getDetails().get("error"));
              assertThat(health.getDetails().toString()).doesNotContain(portal.webhookSecret());
            });
  }
}
