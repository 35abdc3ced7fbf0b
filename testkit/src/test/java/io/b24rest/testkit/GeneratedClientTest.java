package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.api.errors.EntityNotFoundException;
import io.b24rest.api.humanresources.NodeAddRequest;
import io.b24rest.api.humanresources.NodeApi;
import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.api.humanresources.NodeType;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.auth.Bitrix24OAuthRefresher;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.retry.RetryPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated client (module runtime) against the testkit: the two ends of the same specs. */
class GeneratedClientTest {
  @RegisterExtension
  final FakeBitrix24PortalExtension extension = new FakeBitrix24PortalExtension();

  @Test
  void theSeedCallGetsTheDocumentedCommunicationsAsTypedRecords(FakeBitrix24Portal portal) {
    Bitrix24Client client = Bitrix24Client.webhook(portal.webhookUrl()).build();

    var answer =
        client
            .api(NodeCommunicationApi.class)
            .list(NodeCommunicationListRequest.builder().id(15L).build());

    assertEquals("Department chat", answer.result().chats().get(0).title());
    assertEquals("Department channel", answer.result().channels().get(0).title());
    assertEquals("Department collab", answer.result().collabs().get(0).title());
    assertTrue(answer.time().operatingResetAt() > 0);
    assertEquals(15, portal.lastRequest().param("id").orElseThrow().asInt());
  }

  @Test
  void aRegisteredErrorBecomesItsTypedException(FakeBitrix24Portal portal) {
    portal
        .on("humanresources.node.communication.list")
        .withParam("id", 999)
        .respondError(
            400,
            "BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION",
            "Record with ID = `999` not found");
    NodeCommunicationApi api =
        Bitrix24Client.webhook(portal.webhookUrl()).build().api(NodeCommunicationApi.class);

    var thrown =
        assertThrows(
            EntityNotFoundException.class,
            () -> api.list(NodeCommunicationListRequest.builder().id(999L).build()));

    assertEquals(400, thrown.httpStatus());
  }

  @Test
  void anExpiredTokenIsRenewedAtTheFakeAuthorizationServerAndTheCallRepeated(
      FakeBitrix24Portal portal) {
    Bitrix24Client client =
        Bitrix24Client.oauth(
                portal.baseUrl(), OAuthTokens.of(portal.accessToken(), portal.refreshToken()))
            .tokenRefresher(
                Bitrix24OAuthRefresher.builder(portal.oauthClientId(), portal.oauthClientSecret())
                    .serverUrl(portal.oauthServerUrl())
                    .build())
            .build();
    portal.expireToken();

    var answer =
        client
            .api(NodeCommunicationApi.class)
            .list(NodeCommunicationListRequest.builder().id(15L).build());

    assertEquals("Department chat", answer.result().chats().get(0).title());
    assertEquals(1, portal.tokenRefreshCount());
    assertEquals(portal.accessToken(), client.currentTokens().orElseThrow().accessToken());
  }

  @Test
  void aWriteWhoseAnswerIsLostIsRepeatedUnderItsIdempotencyKeyAndReplayed(
      FakeBitrix24Portal portal) {
    portal.inject(Fault.dropConnection()).forMethod("humanresources.node.add").once();
    Bitrix24Client client =
        Bitrix24Client.webhook(portal.webhookUrl())
            .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)))
            .build();

    var answer =
        client
            .api(NodeApi.class)
            .add(
                NodeAddRequest.builder()
                    .type(NodeType.DEPARTMENT)
                    .name("Sales")
                    .parentId(1L)
                    .build());

    assertTrue(answer.result() != null);
    List<RecordedRequest> calls = portal.requests("humanresources.node.add");
    assertEquals(2, calls.size(), "the lost answer, then the repeat");
    assertTrue(calls.get(0).idempotencyKey().isPresent());
    assertEquals(calls.get(0).idempotencyKey(), calls.get(1).idempotencyKey());
  }
}
