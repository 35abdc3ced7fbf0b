package io.b24rest.spring.boot;

import io.b24rest.runtime.Bitrix24Client;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The actuator side of the client: its secrets masked in {@code /actuator/env} and {@code
 * /actuator/configprops} ({@link Bitrix24SecretsSanitizer}, also when the client is not
 * configured), and the {@code bitrix24} health indicator ({@link Bitrix24HealthIndicator}).
 */
@AutoConfiguration(after = Bitrix24AutoConfiguration.class)
@ConditionalOnClass(SanitizingFunction.class)
public class Bitrix24ActuatorAutoConfiguration {

  /** Creates the auto-configuration. */
  public Bitrix24ActuatorAutoConfiguration() {}

  /** Masks the client's secret properties. */
  @Bean
  public Bitrix24SecretsSanitizer bitrix24SecretsSanitizer() {
    return new Bitrix24SecretsSanitizer();
  }

  /** The health indicator, when there is a client and the actuator's health support. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
  @ConditionalOnBean({Bitrix24Client.class, Bitrix24Properties.class})
  @ConditionalOnEnabledHealthIndicator("bitrix24")
  public static class Health {
    /** Creates the configuration. */
    public Health() {}

    /** The {@code bitrix24} health indicator. */
    @Bean
    @ConditionalOnMissingBean(name = "bitrix24HealthIndicator")
    public Bitrix24HealthIndicator bitrix24HealthIndicator(
        Bitrix24Client client, Bitrix24Properties properties) {
      return new Bitrix24HealthIndicator(client, properties.getHealth());
    }
  }
}
