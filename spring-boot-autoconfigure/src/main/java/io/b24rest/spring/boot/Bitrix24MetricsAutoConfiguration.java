package io.b24rest.spring.boot;

import io.b24rest.micrometer.Bitrix24Metrics;
import io.b24rest.micrometer.Bitrix24Observations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The client's metrics and observations (see {@code b24-micrometer}), as {@code CallListener}
 * beans that {@link Bitrix24AutoConfiguration} registers on the client: {@link Bitrix24Metrics}
 * when a {@link MeterRegistry} bean is present, {@link Bitrix24Observations} when an {@link
 * ObservationRegistry} bean is (with a tracing bridge, each call is a span named after its
 * method). Off with {@code bitrix24.metrics.enabled=false} or {@code
 * bitrix24.observations.enabled=false}.
 */
@AutoConfiguration(
    before = Bitrix24AutoConfiguration.class,
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration"
    })
@ConditionalOnClass(Bitrix24Metrics.class)
public class Bitrix24MetricsAutoConfiguration {

  /** Creates the auto-configuration. */
  public Bitrix24MetricsAutoConfiguration() {}

  /** Metrics, with a meter registry. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnBean(MeterRegistry.class)
  @ConditionalOnProperty(prefix = "bitrix24.metrics", name = "enabled", matchIfMissing = true)
  public static class Metrics {
    /** Creates the configuration. */
    public Metrics() {}

    /** Records the client's calls in {@code registry}. */
    @Bean
    @ConditionalOnMissingBean
    public Bitrix24Metrics bitrix24Metrics(MeterRegistry registry) {
      return new Bitrix24Metrics(registry);
    }
  }

  /** Observations, with an observation registry. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ObservationRegistry.class)
  @ConditionalOnBean(ObservationRegistry.class)
  @ConditionalOnProperty(
      prefix = "bitrix24.observations",
      name = "enabled",
      matchIfMissing = true)
  public static class Observations {
    /** Creates the configuration. */
    public Observations() {}

    /** One observation per call of the client in {@code registry}. */
    @Bean
    @ConditionalOnMissingBean
    public Bitrix24Observations bitrix24Observations(ObservationRegistry registry) {
      return new Bitrix24Observations(registry);
    }
  }
}
