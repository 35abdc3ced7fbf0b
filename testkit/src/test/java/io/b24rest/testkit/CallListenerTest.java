package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.Bitrix24TransportException;
import io.b24rest.runtime.AttemptEvent;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.CallEnd;
import io.b24rest.runtime.CallListener;
import io.b24rest.runtime.CallObserver;
import io.b24rest.runtime.CallOptions;
import io.b24rest.runtime.CallStart;
import io.b24rest.runtime.ratelimit.RateLimit;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The runtime's extension points (issue 15, point 1) against the testkit, on loopback. */
class CallListenerTest {
  private static final String METHOD = "humanresources.node.communication.list";
  private static final NodeCommunicationListRequest REQUEST =
      NodeCommunicationListRequest.builder().id(15L).build();

  @RegisterExtension
  final FakeBitrix24PortalExtension extension = new FakeBitrix24PortalExtension();

  /** Records every event it is told, in order. */
  static final class Recorder implements CallListener {
    final List<Object> events = new CopyOnWriteArrayList<>();

    @Override
    public CallObserver callStarted(CallStart call) {
      events.add(call);
      return new CallObserver() {
        @Override
        public void attemptFinished(AttemptEvent attempt) {
          events.add(attempt);
        }

        @Override
        public void callFinished(CallEnd end) {
          events.add(end);
        }
      };
    }

    List<AttemptEvent> attempts() {
      return events.stream()
          .filter(AttemptEvent.class::isInstance)
          .map(AttemptEvent.class::cast)
          .toList();
    }

    CallEnd end() {
      Object last = events.get(events.size() - 1);
      return (CallEnd) last;
    }
  }

  @Test
  void aRetriedServerErrorIsOneCallOfTwoAttemptsWithItsReason(FakeBitrix24Portal portal) {
    portal.inject(Fault.internalServerError()).once();
    Recorder recorder = new Recorder();
    Bitrix24Client client = portal.clientBuilder().listener(recorder).build();

    client.api(NodeCommunicationApi.class).list(REQUEST);

    assertEquals(new CallStart(METHOD, io.b24rest.core.MethodKind.READ), recorder.events.get(0));
    List<AttemptEvent> attempts = recorder.attempts();
    assertEquals(2, attempts.size(), recorder.events::toString);
    assertEquals(500, attempts.get(0).httpStatus());
    assertEquals(1, attempts.get(0).attempt());
    assertTrue(attempts.get(0).retried());
    assertEquals(attempts.get(0).errorCode(), attempts.get(0).retryReason());
    assertEquals(200, attempts.get(1).httpStatus());
    assertEquals(2, attempts.get(1).attempt());
    assertFalse(attempts.get(1).retried());
    assertNull(attempts.get(1).errorCode());
    CallEnd end = recorder.end();
    assertTrue(end.succeeded());
    assertEquals(2, end.attempts());
    assertEquals(200, end.httpStatus());
    assertNotNull(end.time(), "the answer's time block");
    assertTrue(end.time().operating() >= 0);
    assertTrue(end.duration().compareTo(attempts.get(0).duration()) >= 0);
  }

  @Test
  void a503EveryTimeIsRetriedUntilThePolicyGivesUpAndEndsInItsCode(FakeBitrix24Portal portal) {
    portal.on(METHOD).respondError(503, "QUERY_LIMIT_EXCEEDED", "Too many requests");
    Recorder recorder = new Recorder();
    Bitrix24Client client = portal.clientBuilder().listener(recorder).build();

    assertThrows(
        Bitrix24ApiException.class, () -> client.api(NodeCommunicationApi.class).list(REQUEST));

    List<AttemptEvent> attempts = recorder.attempts();
    assertEquals(3, attempts.size(), "the test policy's 3 attempts: " + recorder.events);
    for (AttemptEvent attempt : attempts) {
      assertEquals(503, attempt.httpStatus());
      assertEquals("QUERY_LIMIT_EXCEEDED", attempt.errorCode());
    }
    assertEquals("QUERY_LIMIT_EXCEEDED", attempts.get(0).retryReason());
    assertFalse(attempts.get(2).retried(), "the last attempt is not retried");
    CallEnd end = recorder.end();
    assertFalse(end.succeeded());
    assertEquals("QUERY_LIMIT_EXCEEDED", end.errorCode());
    assertEquals(3, end.attempts());
    assertNull(end.time());
  }

  @Test
  void anOperatingLimitAnswerIsRetriedAfterItsResetWithThatReason() {
    // Each call costs 0.6 s of a 1 s budget: the third is refused with 429 until the reset.
    try (FakeBitrix24Portal portal =
        FakeBitrix24Portal.builder()
            .operatingLimit(Duration.ofSeconds(1), Duration.ofMillis(600), Duration.ofMillis(1500))
            .start()) {
      Recorder recorder = new Recorder();
      NodeCommunicationApi api =
          portal.clientBuilder().listener(recorder).build().api(NodeCommunicationApi.class);

      api.list(REQUEST);
      api.list(REQUEST);
      try {
        api.list(REQUEST);
      } catch (Bitrix24ApiException e) {
        // The retry goes at the answer's operating_reset_at, a whole second, which the testkit may
        // round down from its own reset: the one retry can meet the block still on.
        assertEquals("OPERATION_TIME_LIMIT", e.code());
      }

      List<AttemptEvent> attempts = recorder.attempts();
      assertEquals(4, attempts.size(), recorder.events::toString);
      AttemptEvent refused = attempts.get(2);
      assertEquals(429, refused.httpStatus());
      assertEquals("OPERATION_TIME_LIMIT", refused.retryReason());
      assertFalse(refused.retryDelay().isNegative());
      assertEquals(2, recorder.end().attempts(), "one wait for the reset, then one retry");
    }
  }

  @Test
  void theWaitForTheLeakyBucketIsReported(FakeBitrix24Portal portal) {
    Recorder recorder = new Recorder();
    // A bucket of one that frees a slot every 500 ms: the third call, sent right after the
    // second took the slot, waits for it.
    Bitrix24Client client =
        portal.clientBuilder().rateLimit(RateLimit.custom(1, 2)).listener(recorder).build();
    NodeCommunicationApi api = client.api(NodeCommunicationApi.class);

    api.list(REQUEST);
    api.list(REQUEST);
    api.list(REQUEST);

    List<AttemptEvent> attempts = recorder.attempts();
    assertEquals(3, attempts.size());
    Duration thirdWait = attempts.get(2).rateLimitWait();
    assertTrue(thirdWait.toMillis() >= 200, "waited " + thirdWait);
    assertEquals(thirdWait, recorder.end().rateLimitWait());
  }

  @Test
  void aTransportFailureHasNoStatusAndItsExceptionAsCode(FakeBitrix24Portal portal) {
    portal.inject(Fault.dropConnection()).always();
    Recorder recorder = new Recorder();
    Bitrix24Client client = portal.clientBuilder().listener(recorder).build();

    assertThrows(
        Bitrix24TransportException.class,
        () -> client.api(NodeCommunicationApi.class).list(REQUEST));

    AttemptEvent first = recorder.attempts().get(0);
    assertEquals(0, first.httpStatus());
    assertTrue(first.retried());
    assertTrue(first.errorCode().endsWith("Exception"), first.errorCode());
    assertEquals(0, recorder.end().httpStatus());
  }

  @Test
  void noEventHoldsTheWebhookSecretOrTheUrl(FakeBitrix24Portal portal) {
    portal.inject(Fault.internalServerError()).once();
    Recorder recorder = new Recorder();
    Bitrix24Client client = portal.clientBuilder().listener(recorder).build();
    client.api(NodeCommunicationApi.class).list(REQUEST);
    portal.on(METHOD).respondError(400, "SOME_CODE", "failed");
    assertThrows(
        Bitrix24ApiException.class, () -> client.api(NodeCommunicationApi.class).list(REQUEST));

    String everything = recorder.events.toString();
    assertFalse(everything.contains(portal.webhookSecret()), everything);
    assertFalse(everything.contains("/rest/"), everything);
  }

  @Test
  void aFailingListenerDoesNotChangeTheCallAndOthersStillSeeIt(FakeBitrix24Portal portal) {
    Recorder recorder = new Recorder();
    CallListener broken =
        call -> {
          throw new IllegalStateException("listener bug");
        };
    Bitrix24Client client = portal.clientBuilder().listener(broken).listener(recorder).build();

    var answer = client.api(NodeCommunicationApi.class).list(REQUEST);

    assertNotNull(answer.result());
    assertTrue(recorder.end().succeeded());
  }

  @Test
  void aViewsHeaderReachesThePortalOnEveryAttempt(FakeBitrix24Portal portal) {
    portal.inject(Fault.internalServerError()).once();
    Bitrix24Client client = portal.clientBuilder().build();

    client
        .withOptions(CallOptions.builder().header("X-Request-Id", "req-42").build())
        .api(NodeCommunicationApi.class)
        .list(REQUEST);
    client.api(NodeCommunicationApi.class).list(REQUEST);

    List<RecordedRequest> requests = portal.requests(METHOD);
    assertEquals(3, requests.size());
    assertEquals("req-42", requests.get(0).header("X-Request-Id").orElseThrow());
    assertEquals("req-42", requests.get(1).header("X-Request-Id").orElseThrow());
    assertTrue(requests.get(2).header("X-Request-Id").isEmpty(), "the client itself has none");
  }

  @Test
  void aViewsTimeoutEndsASlowCallThatTheClientItselfWaitsFor(FakeBitrix24Portal portal) {
    portal.inject(Fault.delay(Duration.ofMillis(1500))).always();
    Bitrix24Client client = portal.clientBuilder().build();
    NodeCommunicationApi hurried =
        client
            .withOptions(CallOptions.builder().timeout(Duration.ofMillis(300)).build())
            .api(NodeCommunicationApi.class);

    assertThrows(Bitrix24TransportException.class, () -> hurried.list(REQUEST));
    assertNotNull(client.api(NodeCommunicationApi.class).list(REQUEST).result());
  }

  @Test
  void aViewsIdempotencyKeyIsKeptWithItsOtherOptions(FakeBitrix24Portal portal) {
    Bitrix24Client view =
        portal
            .clientBuilder()
            .build()
            .withOptions(CallOptions.builder().header("X-Tenant", "t1").build())
            .withIdempotencyKey("op-1");

    assertTrue(view.toString().contains("Idempotency-Key"));
    view.api(NodeCommunicationApi.class).list(REQUEST);
    assertEquals("t1", portal.lastRequest().header("X-Tenant").orElseThrow());
  }

  @Test
  void badOptionsAreRefusedWithOneClearLine() {
    var builder = CallOptions.builder();
    assertThrows(IllegalArgumentException.class, () -> builder.header("Bad Name", "v"));
    assertThrows(IllegalArgumentException.class, () -> builder.header("X-A", "a\r\nInjected: 1"));
    assertThrows(IllegalArgumentException.class, () -> builder.header("Idempotency-Key", "k"));
    assertThrows(IllegalArgumentException.class, () -> builder.timeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> builder.idempotencyKey(""));
  }

  @Test
  void aFeignCapabilityWrapsEachAttempt(FakeBitrix24Portal portal) {
    portal.inject(Fault.internalServerError()).once();
    CountingCapability counting = new CountingCapability();
    Bitrix24Client client = portal.clientBuilder().capability(counting).build();

    client.api(NodeCommunicationApi.class).list(REQUEST);

    assertEquals(2, counting.attempts.get());
  }
}
