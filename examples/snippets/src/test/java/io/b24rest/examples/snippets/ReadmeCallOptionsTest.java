package io.b24rest.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;

// tag::readme-call-options[]
import io.b24rest.api.humanresources.NodeApi;
import io.b24rest.runtime.CallOptions;
import java.time.Duration;
import java.util.UUID;

// end::readme-call-options[]
import io.b24rest.api.humanresources.NodeGetRequest;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import io.b24rest.testkit.Fault;
import io.b24rest.testkit.RecordedRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's per-call options: the view's header reaches the portal on the first attempt and on
 * the retry, and the client the view was made from sends none.
 */
class ReadmeCallOptionsTest {
  private static final String METHOD = "humanresources.node.get";

  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  @Test
  void theViewSendsItsHeaderOnEveryAttempt(FakeBitrix24Portal portal) {
    Bitrix24Client client = Bitrix24Client.webhook(portal.webhookUrl()).build();
    // tag::readme-call-options[]
    String requestId = UUID.randomUUID().toString();   // for example, the incoming request's
    NodeApi nodes = client
        .withOptions(CallOptions.builder()
            .timeout(Duration.ofSeconds(5))          // the whole call, retries included
            .header("X-Request-Id", requestId)        // on every attempt
            .build())
        .api(NodeApi.class);
    // end::readme-call-options[]
    NodeGetRequest department = NodeGetRequest.builder().id(1L).build();
    portal.inject(Fault.internalServerError()).once();

    assertEquals(1L, nodes.get(department).result().item().id());

    List<RecordedRequest> attempts = portal.requests(METHOD);
    assertEquals(2, attempts.size(), "the refused attempt and its retry");
    for (RecordedRequest attempt : attempts) {
      assertEquals(Optional.of(requestId), attempt.header("x-request-id"));
    }
    client.api(NodeApi.class).get(department);
    assertEquals(Optional.empty(), portal.lastRequest().header("X-Request-Id"));
    client.close();
  }
}
