package io.b24rest.spring.boot;

import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.Bitrix24ClientBuilder;
import io.b24rest.runtime.CallListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;

/**
 * The Bitrix24 client from the {@code bitrix24.*} properties, once {@code bitrix24.webhook-url}
 * or {@code bitrix24.portal-url} is set: a {@link Bitrix24Client} bean (closed with the context),
 * every generated API interface of the class path as a bean ({@link Bitrix24ApiRegistrar}), and
 * every {@link CallListener} bean (the metrics and observations of {@code
 * Bitrix24MetricsAutoConfiguration}, your own) registered on it.
 */
@AutoConfiguration
@ConditionalOnClass(Bitrix24Client.class)
@Conditional(Bitrix24AutoConfiguration.OnEndpoint.class)
@EnableConfigurationProperties(Bitrix24Properties.class)
@Import(Bitrix24ApiRegistrar.class)
public class Bitrix24AutoConfiguration {

  /** Creates the auto-configuration. */
  public Bitrix24AutoConfiguration() {}

  /**
   * The client, built from the properties, every {@link CallListener} bean and every {@link
   * Bitrix24ClientBuilderCustomizer} bean.
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public Bitrix24Client bitrix24Client(
      Bitrix24Properties properties,
      ObjectProvider<CallListener> listeners,
      ObjectProvider<Bitrix24ClientBuilderCustomizer> customizers) {
    Bitrix24ClientBuilder builder = Bitrix24ClientFactory.builder(properties);
    listeners.orderedStream().forEach(builder::listener);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  /** Matches when a webhook URL or a portal URL is configured. */
  static final class OnEndpoint extends AnyNestedCondition {
    OnEndpoint() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty(prefix = "bitrix24", name = "webhook-url")
    static final class Webhook {}

    @ConditionalOnProperty(prefix = "bitrix24", name = "portal-url")
    static final class Portal {}
  }
}
