package io.b24rest.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.b24rest.testkit.FakeBitrix24Portal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real Spring Boot context with the actuator, its env and configprops endpoints showing values
 * ({@code show-values: always}): the client's secrets stay masked.
 */
@SpringBootTest(
    properties = {
      "management.endpoints.access.default=read-only",
      "management.endpoints.jmx.exposure.include=*",
      "management.endpoints.web.exposure.include=*",
      "spring.jmx.enabled=true",
      "management.endpoint.env.show-values=always",
      "management.endpoint.configprops.show-values=always",
      "bitrix24.oauth.client-id=app.visible",
      "bitrix24.oauth.client-secret=ClientSecretValue42",
      "bitrix24.oauth.refresh-token=RefreshTokenValue42",
      "bitrix24.rate-limit.preset=off"
    })
class ActuatorMaskingTest {
  private static final String WEBHOOK_SECRET = "WebhookSecretValue42";
  private static final FakeBitrix24Portal PORTAL =
      FakeBitrix24Portal.builder().webhook(3, WEBHOOK_SECRET).start();

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}

  @DynamicPropertySource
  static void portal(DynamicPropertyRegistry registry) {
    registry.add("bitrix24.webhook-url", PORTAL::webhookUrl);
    registry.add("bitrix24.oauth.access-token", () -> "AccessTokenValue42");
  }

  @AfterAll
  static void stopPortal() {
    PORTAL.close();
  }

  @Autowired EnvironmentEndpoint env;
  @Autowired ConfigurationPropertiesReportEndpoint configprops;
  @Autowired ObjectMapper json;

  @Test
  void envShowsOtherValuesButMasksTheSecrets() throws Exception {
    String body = json.writeValueAsString(env.environment(null));

    assertThat(body).contains("app.visible");
    assertThat(body).contains("bitrix24.webhook-url").contains("******");
    assertSecretsAbsent(body);
  }

  @Test
  void configpropsShowsOtherValuesButMasksTheSecrets() throws Exception {
    String body = json.writeValueAsString(configprops.configurationProperties());

    assertThat(body).contains("app.visible").contains("webhookUrl").contains("******");
    assertSecretsAbsent(body);
  }

  private static void assertSecretsAbsent(String body) {
    assertThat(body)
        .doesNotContain(WEBHOOK_SECRET)
        .doesNotContain("ClientSecretValue42")
        .doesNotContain("AccessTokenValue42")
        .doesNotContain("RefreshTokenValue42");
  }
}
