package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.b24rest.core.Bitrix24Exception;
import io.b24rest.runtime.auth.Bitrix24OAuthRefresher;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestItemAddRequest;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SecretRedactionLogTest {
  private static final String ACCESS = "accessTokenSECRET9876";
  private static final String REFRESH = "refreshTokenSECRET5432";
  private static final String NEW_ACCESS = "newAccessTokenSECRET1111";
  private static final String NEW_REFRESH = "newRefreshTokenSECRET2222";
  private static final String CLIENT_SECRET = "clientSecretSECRET3333";
  private static final List<String> SECRETS =
      List.of(FakePortal.SECRET, ACCESS, REFRESH, NEW_ACCESS, NEW_REFRESH, CLIENT_SECRET);

  private final Logger root = (Logger) LoggerFactory.getLogger("io.b24rest");
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private Level previousLevel;

  @BeforeEach
  void capture() {
    previousLevel = root.getLevel();
    root.setLevel(Level.TRACE);
    root.setAdditive(false);
    captured.start();
    root.addAppender(captured);
  }

  @AfterEach
  void release() {
    root.detachAppender(captured);
    root.setLevel(previousLevel);
    root.setAdditive(true);
  }

  @Test
  void noSecretInAnyLogLineAtFullLogging() throws Exception {
    try (FakePortal portal = new FakePortal();
        FakePortal oauthServer = new FakePortal()) {
      portal.otherwise(
          r -> {
            if (r.body().contains(ACCESS)) {
              return Reply.json(
                  401, "{\"error\":\"expired_token\",\"error_description\":\"expired\"}");
            }
            if (r.body().contains("echo")) {
              // A portal that echoes the request (auth included) in its error message.
              return Reply.json(
                  400,
                  "{\"error\":{\"code\":\"BAD\",\"message\":\"bad body "
                      + r.body().replace("\"", "'")
                      + " at "
                      + r.path()
                      + "\"}}");
            }
            return FakePortal.ok(r.path().endsWith("add") ? "{\"id\":1}" : "{\"items\":[]}");
          });
      portal.enqueue(Reply.drop());
      oauthServer.enqueue(
          Reply.json(
              200,
              "{\"access_token\":\""
                  + NEW_ACCESS
                  + "\",\"refresh_token\":\""
                  + NEW_REFRESH
                  + "\",\"expires\":1780319382}"));

      Bitrix24Client webhook = TestClients.webhook(portal).httpLogLevel(HttpLogLevel.FULL).build();
      webhook.api(TestItemApi.class).list(new TestItemListRequest(1L));
      webhook.api(TestItemApi.class).add(new TestItemAddRequest("ok"));
      Bitrix24Exception webhookError =
          assertThrows(
              Bitrix24Exception.class,
              () -> webhook.api(TestItemApi.class).add(new TestItemAddRequest("echo")));

      Bitrix24Client oauth =
          TestClients.oauth(portal, OAuthTokens.of(ACCESS, REFRESH))
              .httpLogLevel(HttpLogLevel.FULL)
              .tokenRefresher(
                  Bitrix24OAuthRefresher.builder("app.1", CLIENT_SECRET)
                      .serverUrl(oauthServer.origin() + "/oauth/token/")
                      .build())
              .build();
      oauth.api(TestItemApi.class).list(new TestItemListRequest(2L));
      Bitrix24Exception oauthError =
          assertThrows(
              Bitrix24Exception.class,
              () -> oauth.api(TestItemApi.class).add(new TestItemAddRequest("echo")));

      List<String> lines = captured.list.stream().map(SecretRedactionLogTest::render).toList();
      assertFalse(lines.isEmpty());
      assertTrue(
          lines.stream().anyMatch(l -> l.contains("/rest/api/1/***/test.item.list")),
          lines.toString());
      assertTrue(lines.stream().anyMatch(l -> l.contains("\"auth\":\"***\"")), lines.toString());
      for (String line : lines) {
        for (String secret : SECRETS) {
          assertFalse(line.contains(secret), "secret in log line: " + line);
        }
      }
      for (Exception e : List.of(webhookError, oauthError)) {
        for (String secret : SECRETS) {
          assertFalse(e.getMessage().contains(secret), e.getMessage());
        }
      }
    }
  }

  private static String render(ILoggingEvent event) {
    String text = event.getLoggerName() + " " + event.getFormattedMessage();
    return event.getThrowableProxy() == null
        ? text
        : text + " " + ThrowableProxyUtil.asString(event.getThrowableProxy());
  }
}
