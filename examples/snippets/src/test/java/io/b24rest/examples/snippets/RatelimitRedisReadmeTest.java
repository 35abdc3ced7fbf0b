package io.b24rest.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;

// tag::ratelimit-redis-setup[]
import io.b24rest.ratelimit.redis.RedisPacing;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.ratelimit.RateLimit;
import java.time.Duration;

// end::ratelimit-redis-setup[]
import io.b24rest.api.humanresources.NodeApi;
import io.b24rest.api.humanresources.NodeGetRequest;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ratelimit-redis README's set-up, with no Redis at that address (it does not resolve here):
 * no call fails, pacing goes local.
 */
class RatelimitRedisReadmeTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  @Test
  void buildsAClientPacedThroughRedis(FakeBitrix24Portal portal) {
    String url = portal.webhookUrl();
    // tag::ratelimit-redis-setup[]
    RedisPacing pacing = RedisPacing.builder("redis://:password@redis.internal:6379/0")
        .egress("nat-eu-1")                     // instances behind one NAT address: one name
        .commandTimeout(Duration.ofMillis(500)) // a slower Redis counts as down
        .build();                               // one per process; close() on shutdown
    Bitrix24Client client = Bitrix24Client.webhook(url)
        .rateLimit(RateLimit.standard()).pacing(pacing).build();
    // end::ratelimit-redis-setup[]
    assertEquals(1L, client.api(NodeApi.class).get(NodeGetRequest.builder().id(1L).build())
        .result().item().id());
    assertEquals(1, portal.requestCount());
    client.close();
    pacing.close();
  }
}
