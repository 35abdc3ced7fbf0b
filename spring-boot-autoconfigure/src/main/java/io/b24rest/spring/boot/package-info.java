/**
 * Spring Boot 3 auto-configuration of the Bitrix24 client: {@link
 * io.b24rest.spring.boot.Bitrix24Properties} ({@code bitrix24.*}), the client and every generated
 * API as beans ({@link io.b24rest.spring.boot.Bitrix24AutoConfiguration}), metrics and
 * observations ({@link io.b24rest.spring.boot.Bitrix24MetricsAutoConfiguration}), a health
 * indicator and secret masking for the actuator ({@link
 * io.b24rest.spring.boot.Bitrix24ActuatorAutoConfiguration}).
 */
@NullMarked
package io.b24rest.spring.boot;

import org.jspecify.annotations.NullMarked;
