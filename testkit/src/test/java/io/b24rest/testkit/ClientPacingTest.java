package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.testsupport.ParallelCalls;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runtime's pacing against the testkit's strict leaky bucket (issue 16, point 5): one bucket
 * per portal however its clients name it or configure it, and enough headroom for a portal that
 * drains by Y once per second. The portal's own count of 503 answers is the measure; the client's
 * retries would hide them from the caller.
 */
class ClientPacingTest {
  private static final NodeCommunicationListRequest REQUEST =
      NodeCommunicationListRequest.builder().id(15L).build();

  @Test
  void clientsOfOnePortalUnderDifferentLoopbackNamesShareOneBucket() throws Exception {
    try (FakeBitrix24Portal portal = FakeBitrix24Portal.builder().rateLimit(20, 5).start()) {
      String byAddress = portal.webhookUrl();
      String byName = byAddress.replace("127.0.0.1", "localhost");
      RateLimit limit = RateLimit.custom(20, 5);

      callInParallel(30, api(byAddress, limit), api(byName, limit));

      assertEquals(30, portal.answerCount(200));
      assertEquals(0, portal.answerCount(503), "answers 503 from the portal");
    }
  }

  @Test
  void clientsOfOnePortalWithDifferentLimitsShareTheFirstOnesBucket() throws Exception {
    try (FakeBitrix24Portal portal = FakeBitrix24Portal.builder().rateLimit(20, 5).start()) {
      callInParallel(
          30,
          api(portal.webhookUrl(), RateLimit.custom(20, 5)),
          api(portal.webhookUrl(), RateLimit.custom(20, 4)));

      assertEquals(30, portal.answerCount(200));
      assertEquals(0, portal.answerCount(503), "answers 503 from the portal");
    }
  }

  @Test
  void aPortalThatDrainsByYOncePerSecondGetsNo503() throws Exception {
    try (FakeBitrix24Portal portal =
        FakeBitrix24Portal.builder().rateLimitDrainingOncePerSecond(10, 5).start()) {
      NodeCommunicationApi api = api(portal.webhookUrl(), RateLimit.custom(10, 5));

      // A burst, then one request every 200 ms: just before each of the portal's ticks the client
      // is four requests ahead of its last drain.
      callInParallel(20, api, api);

      assertEquals(20, portal.answerCount(200));
      assertEquals(0, portal.answerCount(503), "answers 503 from the portal");
    }
  }

  private static NodeCommunicationApi api(String webhookUrl, RateLimit limit) {
    return Bitrix24Client.webhook(webhookUrl)
        .rateLimit(limit)
        .build()
        .api(NodeCommunicationApi.class);
  }

  /** Makes {@code calls} calls on two threads per API, as fast as pacing lets them. */
  private static void callInParallel(int calls, NodeCommunicationApi... apis) throws Exception {
    ParallelCalls.onTwoThreadsPerClient(
        calls, List.of(apis), api -> api.list(REQUEST), Duration.ofSeconds(30));
  }
}
