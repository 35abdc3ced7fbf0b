package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.b24rest.core.ApiResponse;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import io.b24rest.runtime.testapi.TestItemListResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthModesTest {
  private final ObjectMapper json = new ObjectMapper();
  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();

  @Test
  void webhookUrlInOldFormCallsRestApi() throws Exception {
    Bitrix24Client client = TestClients.webhook(fake.portal()).build();
    ApiResponse<TestItemListResult> answer =
        client.api(TestItemApi.class).list(new TestItemListRequest(15L));

    FakePortal.Recorded request = fake.portal().received().get(0);
    assertEquals("POST", request.method());
    assertEquals("/rest/api/1/" + FakePortal.SECRET + "/test.item.list", request.path());
    JsonNode body = json.readTree(request.body());
    assertEquals(15, body.get("nodeId").asInt());
    assertFalse(body.has("auth"));
    assertEquals("application/json", request.header("Content-Type"));
    assertNull(request.header("Idempotency-Key"), "a read carries no Idempotency-Key");
    assertEquals(0, answer.result().items().size());
  }

  @Test
  void webhookUrlInRestApiFormWithoutTrailingSlash() {
    Bitrix24Client client =
        Bitrix24Client.webhook(fake.portal().origin() + "/rest/api/7/" + FakePortal.SECRET)
            .rateLimit(io.b24rest.runtime.ratelimit.RateLimit.off())
            .build();
    client.api(TestItemApi.class).list(new TestItemListRequest(1L));
    assertEquals(
        "/rest/api/7/" + FakePortal.SECRET + "/test.item.list",
        fake.portal().received().get(0).path());
  }

  @Test
  void oauthPutsTokenInBodyAndCallsRestApiMethod() throws Exception {
    Bitrix24Client client =
        TestClients.oauth(fake.portal(), OAuthTokens.of("accessTokenAAA111", "refreshTokenBBB222"))
            .build();
    client.api(TestItemApi.class).list(new TestItemListRequest(15L));

    FakePortal.Recorded request = fake.portal().received().get(0);
    assertEquals("/rest/api/test.item.list", request.path());
    JsonNode body = json.readTree(request.body());
    assertEquals("accessTokenAAA111", body.get("auth").asText());
    assertEquals(15, body.get("nodeId").asInt());
  }

  @Test
  void oauthPortalUrlMayEndInRest() {
    Bitrix24Client client =
        TestClients.oauth(fake.portal(), OAuthTokens.of("accessTokenAAA111", null)).build();
    Bitrix24Client other =
        Bitrix24Client.oauth(
                fake.portal().origin() + "/rest/", OAuthTokens.of("accessTokenAAA111", null))
            .rateLimit(io.b24rest.runtime.ratelimit.RateLimit.off())
            .build();
    client.api(TestItemApi.class).list(new TestItemListRequest(1L));
    other.api(TestItemApi.class).list(new TestItemListRequest(1L));
    assertEquals("/rest/api/test.item.list", fake.portal().received().get(1).path());
  }

  @Test
  void apiTargetsAreCachedPerInterface() {
    Bitrix24Client client = TestClients.webhook(fake.portal()).build();
    assertSame(client.api(TestItemApi.class), client.api(TestItemApi.class));
  }
}
