package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.Bitrix24Exception;
import io.b24rest.core.Bitrix24ProtocolException;
import io.b24rest.runtime.auth.Bitrix24OAuthRefresher;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.auth.TokenRefreshException;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.LogCapture;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every known secret is masked in every message, in every form, after every cut. */
class SecretsInMessagesTest {
  private static final String CLIENT_SECRET = "Cs9Pe2Mx6Tu4Wy8Zq1";
  private static final String ACCESS = "Ak7Qz2Lw9Xp4Rt6Yv3";
  private static final String REFRESH = "Rf3Jd8Nq1Vb5Hs0Kc7";
  private static final String SECRET = FakePortal.SECRET;

  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();
  @RegisterExtension final LogCapture logs = new LogCapture();

  /** Message, causes and stack trace text: everything a log line of the exception shows. */
  private static String everything(Throwable thrown) {
    StringWriter out = new StringWriter();
    thrown.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  private static void assertNoPrefixOf(String secret, String text) {
    assertFalse(text.contains(secret.substring(0, 6)), () -> "a part of a secret in " + text);
  }

  @Test
  void oauthServerEchoingTheRefreshTokenAndClientSecret() {
    fake.portal()
        .enqueue(
            Reply.json(
                400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token "
                    + REFRESH
                    + " of client "
                    + CLIENT_SECRET
                    + " is invalid\"}"));
    var refresher =
        Bitrix24OAuthRefresher.builder("app.1", CLIENT_SECRET)
            .serverUrl(fake.portal().origin() + "/oauth/token/")
            .build();
    var e =
        assertThrows(
            Bitrix24ApiException.class, () -> refresher.refresh(OAuthTokens.of(ACCESS, REFRESH)));
    assertEquals("invalid_grant", e.code());
    assertNoPrefixOf(REFRESH, everything(e));
    assertNoPrefixOf(CLIENT_SECRET, everything(e));
    assertNoPrefixOf(REFRESH, e.error().message());
  }

  @Test
  void customRefresherMessagesAreMaskedInTheWholeChain() {
    fake.portal().otherwise(r -> Reply.json(401, "{\"error\":\"expired_token\"}"));
    TestItemApi api =
        TestClients.oauth(fake.portal(), OAuthTokens.of(ACCESS, REFRESH))
            .tokenRefresher(
                expired -> {
                  throw new IllegalStateException(
                      "cannot refresh " + expired.refreshToken(),
                      new RuntimeException("store rejected " + expired.accessToken()));
                })
            .build()
            .api(TestItemApi.class);
    var e = assertThrows(TokenRefreshException.class, () -> api.list(new TestItemListRequest(1L)));
    assertTrue(e.getMessage().contains("IllegalStateException"), e.getMessage());
    assertTrue(e.getMessage().contains("cannot refresh ***"), e.getMessage());
    assertNoPrefixOf(REFRESH, everything(e));
    assertNoPrefixOf(ACCESS, everything(e));
  }

  @Test
  void customRefresherThrowingABitrix24ExceptionWithASecret() {
    fake.portal().otherwise(r -> Reply.json(401, "{\"error\":\"expired_token\"}"));
    TestItemApi api =
        TestClients.oauth(fake.portal(), OAuthTokens.of(ACCESS, REFRESH))
            .tokenRefresher(
                expired -> {
                  throw new TokenRefreshException("refresh token " + expired.refreshToken());
                })
            .build()
            .api(TestItemApi.class);
    var e = assertThrows(Bitrix24Exception.class, () -> api.list(new TestItemListRequest(1L)));
    assertNoPrefixOf(REFRESH, everything(e));
  }

  @Test
  void aSecretStraddlingTheCutOfAnErrorMessageShowsNoPrefix() {
    for (int shift = 1; shift < SECRET.length(); shift += 3) {
      String message = "x".repeat(1_000 - SECRET.length() + shift) + SECRET + " tail";
      fake.portal()
          .enqueue(
              Reply.json(
                  400, "{\"error\":{\"code\":\"SOME_ERROR\",\"message\":\"" + message + "\"}}"));
      var e =
          assertThrows(
              Bitrix24ApiException.class,
              () -> TestClients.itemApi(fake.portal()).list(new TestItemListRequest(1L)));
      assertNoPrefixOf(SECRET, e.getMessage());
    }
  }

  @Test
  void aSecretStraddlingTheCutOfAnHtmlPageShowsNoPrefix() {
    for (int shift = 1; shift < SECRET.length(); shift += 3) {
      String page = "<html>" + " ".repeat(2_000 - 6 - SECRET.length() + shift) + SECRET + "</html>";
      fake.portal().enqueue(Reply.raw(502, page.getBytes(StandardCharsets.UTF_8), "text/html"));
      var e =
          assertThrows(
              Bitrix24ProtocolException.class,
              () ->
                  TestClients.webhook(fake.portal())
                      .retryPolicy(io.b24rest.runtime.retry.RetryPolicy.none())
                      .build()
                      .api(TestItemApi.class)
                      .list(new TestItemListRequest(1L)));
      assertNoPrefixOf(SECRET, e.getMessage());
    }
  }

  @Test
  void aJsonEscapedSecretIsMaskedInExcerptsAndLogs() {
    StringBuilder escaped = new StringBuilder();
    for (char c : SECRET.toCharArray()) {
      escaped.append(String.format("\\u%04x", (int) c));
    }
    fake.portal().enqueue(Reply.json(200, "{\"echo\":\"" + escaped + "\"}"));
    var e =
        assertThrows(
            Bitrix24ProtocolException.class,
            () ->
                TestClients.webhook(fake.portal())
                    .httpLogLevel(HttpLogLevel.FULL)
                    .build()
                    .api(TestItemApi.class)
                    .list(new TestItemListRequest(1L)));
    assertFalse(e.getMessage().contains(escaped.substring(0, 24)), e.getMessage());
    for (String line : logs.lines()) {
      assertFalse(line.contains(escaped.substring(0, 24)), line);
    }
  }
}
