package io.b24rest.spring.boot;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the client's secrets in {@code /actuator/env} and {@code /actuator/configprops}, even when
 * their values are shown ({@code show-values: always}): the webhook URL, the OAuth client secret,
 * the access and the refresh token, whatever form their key takes ({@code bitrix24.webhook-url},
 * {@code BITRIX24_WEBHOOKURL}, {@code webhookUrl}).
 */
public class Bitrix24SecretsSanitizer implements SanitizingFunction {
  private static final List<String> SECRET_KEYS =
      List.of("webhookurl", "clientsecret", "accesstoken", "refreshtoken");

  /** Creates the sanitizer. */
  public Bitrix24SecretsSanitizer() {}

  @Override
  public SanitizableData apply(SanitizableData data) {
    String key = data.getKey() == null ? "" : data.getKey().toLowerCase(Locale.ROOT);
    String compact = key.replace("-", "").replace("_", "").replace(".", "");
    for (String secret : SECRET_KEYS) {
      if (compact.endsWith(secret)) {
        return data.withValue(SanitizableData.SANITIZED_VALUE);
      }
    }
    return data;
  }
}
