package io.b24rest.spring.boot;

import io.b24rest.runtime.Bitrix24ClientBuilder;

/**
 * Changes the builder of the auto-configured client after the {@code bitrix24.*} properties are
 * applied: declare beans of it for what properties cannot say (a pacing backend, an error factory,
 * a Feign capability...). Called in {@code @Order} order.
 */
@FunctionalInterface
public interface Bitrix24ClientBuilderCustomizer {
  /**
   * Changes {@code builder}.
   *
   * @param builder the client's builder, properties applied
   */
  void customize(Bitrix24ClientBuilder builder);
}
