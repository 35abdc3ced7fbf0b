package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.auth.TokenRefreshException;
import io.b24rest.runtime.auth.TokenRefresher;
import io.b24rest.runtime.internal.logging.RedactedException;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestErrors;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TokenRefreshTest {
  private static final String OLD = "expiredAccessToken0001";
  private static final String NEW = "freshAccessToken0002";
  private static final String EXPIRED =
      "{\"error\":\"expired_token\",\"error_description\":\"The access token provided has"
          + " expired.\"}";
  private static final int CALLERS = 8;

  private final ObjectMapper json = new ObjectMapper();
  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();

  private String tokenOf(FakePortal.Recorded request) {
    try {
      return json.readTree(request.body()).get("auth").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs {@link #CALLERS} calls at once, released together, and returns their results in submission
   * order; fails the test if one throws or takes over 10 s.
   */
  private static <T> List<T> callTogether(Callable<T> call) throws Exception {
    CyclicBarrier start = new CyclicBarrier(CALLERS);
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < CALLERS; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(10, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A client whose access token {@link #OLD} has expired; {@code refresher} renews it. */
  private Bitrix24Client clientWithExpiredToken(TokenRefresher refresher) {
    return TestClients.oauth(fake.portal(), OAuthTokens.of(OLD, "refresh0001"))
        .tokenRefresher(refresher)
        .build();
  }

  /** Holds a refresh until every caller has failed with the old token. */
  private static void awaitEveryCaller(CountDownLatch allSawTheExpiredToken) {
    try {
      assertTrue(allSawTheExpiredToken.await(5, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void eightConcurrentCallersShareOneRefresh() throws Exception {
    CountDownLatch allSawTheExpiredToken = new CountDownLatch(CALLERS);
    fake.portal()
        .otherwise(
            r -> {
              if (tokenOf(r).equals(OLD)) {
                allSawTheExpiredToken.countDown();
                return Reply.json(401, EXPIRED);
              }
              return FakePortal.ok("{\"items\":[]}");
            });
    AtomicInteger refreshes = new AtomicInteger();
    Bitrix24Client client =
        clientWithExpiredToken(
            expired -> {
              refreshes.incrementAndGet();
              awaitEveryCaller(allSawTheExpiredToken);
              return OAuthTokens.of(NEW, "refresh0002");
            });
    TestItemApi api = client.api(TestItemApi.class);

    callTogether(() -> api.list(new TestItemListRequest(1L)).result());

    assertEquals(1, refreshes.get());
    var tokens = fake.portal().received().stream().map(this::tokenOf).toList();
    assertEquals(CALLERS, tokens.stream().filter(OLD::equals).count());
    assertEquals(CALLERS, tokens.stream().filter(NEW::equals).count());
    assertEquals(NEW, client.currentTokens().orElseThrow().accessToken());
  }

  @Test
  void aFailedRefreshIsSharedByTheCallersThatWaitedForIt() throws Exception {
    CountDownLatch allSawTheExpiredToken = new CountDownLatch(CALLERS);
    fake.portal()
        .otherwise(
            r -> {
              allSawTheExpiredToken.countDown();
              return Reply.json(401, EXPIRED);
            });
    AtomicInteger refreshes = new AtomicInteger();
    TestItemApi api =
        clientWithExpiredToken(
                expired -> {
                  refreshes.incrementAndGet();
                  awaitEveryCaller(allSawTheExpiredToken);
                  throw new IllegalStateException("the OAuth server is down");
                })
            .api(TestItemApi.class);

    List<Throwable> outcomes =
        callTogether(
            () -> {
              try {
                api.list(new TestItemListRequest(1L));
                return null;
              } catch (RuntimeException e) {
                return e;
              }
            });
    for (Throwable outcome : outcomes) {
      assertInstanceOf(TokenRefreshException.class, outcome);
    }
    assertEquals(1, refreshes.get());
    assertEquals(CALLERS, fake.portal().received().size());
  }

  @Test
  void aSecondExpiryInTheSameCallIsNotRefreshedAgain() {
    fake.portal().otherwise(r -> Reply.json(401, EXPIRED));
    AtomicInteger refreshes = new AtomicInteger();
    TestItemApi api =
        clientWithExpiredToken(
                expired -> {
                  refreshes.incrementAndGet();
                  return OAuthTokens.of(NEW + refreshes.get(), "refresh0002");
                })
            .api(TestItemApi.class);
    assertThrows(
        TestErrors.ExpiredTokenException.class, () -> api.list(new TestItemListRequest(1L)));
    assertEquals(1, refreshes.get());
    assertEquals(2, fake.portal().received().size());
  }

  @Test
  void withoutRefresherTheTypedExceptionIsThrown() {
    fake.portal().enqueue(Reply.json(401, EXPIRED));
    TestItemApi api =
        TestClients.oauth(fake.portal(), OAuthTokens.of(OLD, null)).build().api(TestItemApi.class);
    assertThrows(
        TestErrors.ExpiredTokenException.class, () -> api.list(new TestItemListRequest(1L)));
  }

  @Test
  void aFailingRefresherIsATypedException() {
    fake.portal().otherwise(r -> Reply.json(401, EXPIRED));
    TestItemApi api =
        clientWithExpiredToken(
                expired -> {
                  throw new IllegalStateException("store unavailable " + expired.refreshToken());
                })
            .api(TestItemApi.class);
    var e = assertThrows(TokenRefreshException.class, () -> api.list(new TestItemListRequest(1L)));
    // The cause stands in for the refresher's exception, whose message held the refresh token.
    var cause = assertInstanceOf(RedactedException.class, e.getCause());
    assertEquals(IllegalStateException.class.getName(), cause.originalClassName());
    assertEquals("store unavailable ***", cause.getMessage());
    assertTrue(!e.getMessage().contains("refresh0001"));
  }

  @Test
  void webhookClientsCannotTakeARefresher() {
    assertThrows(
        IllegalStateException.class,
        () -> TestClients.webhook(fake.portal()).tokenRefresher(expired -> expired));
  }
}
