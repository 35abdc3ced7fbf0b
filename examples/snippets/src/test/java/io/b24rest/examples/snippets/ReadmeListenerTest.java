package io.b24rest.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertTrue;

// tag::readme-listener[]
import io.b24rest.runtime.AttemptEvent;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.CallEnd;
import io.b24rest.runtime.CallObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// end::readme-listener[]
import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's call listener, logging through SLF4J (slf4j-simple writes to standard error): a
 * call the portal refuses with 503 once is logged as retried, then with its duration.
 */
class ReadmeListenerTest {
  private static final String METHOD = "humanresources.node.communication.list";

  /** A leaky bucket of one request, draining two a second: a second call at once gets 503. */
  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL =
      new FakeBitrix24PortalExtension(FakeBitrix24Portal.builder().rateLimit(1, 2));

  @Test
  void logsTheRetryOfARefusedCallAndTheCallsEnd(FakeBitrix24Portal portal) {
    String webhookUrl = portal.webhookUrl();
    // tag::readme-listener[]
    Logger log = LoggerFactory.getLogger("bitrix24.calls");
    Bitrix24Client client = Bitrix24Client.webhook(webhookUrl)
        .listener(call -> new CallObserver() {
          @Override public void attemptFinished(AttemptEvent attempt) {
            if (attempt.retried()) log.info("{} retried after {}", attempt.method(), attempt.retryReason());
          }
          @Override public void callFinished(CallEnd end) {
            log.info("{} took {} ({})", end.method(), end.duration(), end.succeeded() ? "ok" : end.errorCode());
          }
        })
        .build();
    // end::readme-listener[]
    NodeCommunicationApi api = client.api(NodeCommunicationApi.class);
    NodeCommunicationListRequest request = NodeCommunicationListRequest.builder().id(15L).build();
    api.list(request);   // fills the portal's bucket

    String logged = standardErrorOf(() -> api.list(request));

    assertTrue(portal.answerCount(503) >= 1, "the portal refused the second call");
    assertTrue(logged.contains(METHOD + " retried after QUERY_LIMIT_EXCEEDED"), logged);
    assertTrue(Pattern.compile(Pattern.quote(METHOD) + " took PT\\S+S \\(ok\\)").matcher(logged)
        .find(), logged);
    client.close();
  }

  /** What {@code action} writes to standard error, where slf4j-simple logs. */
  private static String standardErrorOf(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
