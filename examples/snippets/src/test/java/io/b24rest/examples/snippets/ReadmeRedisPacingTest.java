package io.b24rest.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;

// tag::readme-redis-pacing[]
import io.b24rest.ratelimit.redis.RedisPacing;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.ratelimit.RateLimit;

// end::readme-redis-pacing[]
import io.b24rest.api.humanresources.NodeApi;
import io.b24rest.api.humanresources.NodeGetRequest;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's shared-pacing snippet, with no Redis at that address (it does not resolve here):
 * the calls go on, paced locally, as "Several instances of your app" promises.
 */
class ReadmeRedisPacingTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  @Test
  void pacesThroughRedisOrLocallyWhenItIsDown(FakeBitrix24Portal portal) {
    String url = portal.webhookUrl();
    // tag::readme-redis-pacing[]
    // pom: io.b24rest:b24-ratelimit-redis:0.1.0-SNAPSHOT
    RedisPacing pacing = RedisPacing.builder("redis://:password@redis.internal:6379")
        .egress("nat-eu-1").build();   // one per process; egress: the NAT address' name
    Bitrix24Client client = Bitrix24Client.webhook(url)
        .rateLimit(RateLimit.standard()).pacing(pacing).build();   // pacing.close() on shutdown
    // end::readme-redis-pacing[]
    assertEquals(1L, client.api(NodeApi.class).get(NodeGetRequest.builder().id(1L).build())
        .result().item().id());
    assertEquals(1, portal.requestCount());
    client.close();
    pacing.close();
  }
}
