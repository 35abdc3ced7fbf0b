package io.b24rest.spectools;

import io.b24rest.runtime.internal.http.PortalEndpoint;
import io.b24rest.spectools.draft.Json;
import io.b24rest.spectools.openapi.OpenApiDocument;
import io.b24rest.spectools.openapi.OpenApiException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Fetches a portal's OpenAPI document through {@code rest.documentation.openapi}. Its answer has
 * no {@code {result, time}} envelope, so it is read as it comes rather than through a typed API;
 * the address rules (https except to loopback, the secret never printed) are the runtime's.
 */
final class LiveDocument {
  private LiveDocument() {}

  static OpenApiDocument fetch(String webhook) {
    String url = webhook != null && !webhook.isBlank() ? webhook : System.getenv("B24_WEBHOOK_URL");
    PortalEndpoint endpoint;
    try {
      endpoint = PortalEndpoint.fromWebhookUrl(url);
    } catch (IllegalArgumentException e) {
      throw new ToolException(e.getMessage(), 2);
    }
    HttpClient client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.baseUrl() + "/rest.documentation.openapi"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}"))
        .build();
    try {
      HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new ToolException(endpoint.maskedBaseUrl() + "/rest.documentation.openapi answered HTTP "
            + answer.statusCode(), 3);
      }
      return OpenApiDocument.of(Json.exactMapper().readTree(answer.body()), "rest.documentation.openapi");
    } catch (OpenApiException e) {
      throw new ToolException(e.getMessage(), 3);
    } catch (IOException e) {
      throw new ToolException("cannot fetch the document from " + endpoint.maskedBaseUrl() + ": "
          + e.getClass().getSimpleName(), 3);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ToolException("interrupted", 3);
    }
  }
}
