package io.b24rest.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code --verbose} logs each exchange to stderr with the secret masked; quiet otherwise. */
class VerboseLogTest {
  private static final String SECRET = "verbosesecret5150";
  private static final String TOKEN = "verbose-access-token-77";

  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL =
      new FakeBitrix24PortalExtension(
          FakeBitrix24Portal.builder().webhook(1, SECRET).oauthToken(TOKEN));

  @Test
  void logsTheWebhookExchangeWithoutTheSecret(FakeBitrix24Portal portal) {
    Cli.Run run = Cli.run("--verbose", "--webhook", portal.webhookUrl(), "communications", "15");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.err().contains("POST http://127.0.0.1:" + portal.port() + "/rest/api/1/"), run.err());
    assertTrue(run.err().contains("humanresources.node.communication.list"), run.err());
    assertTrue(run.err().contains("{\"id\":15}"), "request body: " + run.err());
    assertTrue(run.err().contains("HTTP/1.1 200"), "answer status: " + run.err());
    assertTrue(run.err().contains("Department channel"), "answer body: " + run.err());
    assertFalse(run.err().contains(SECRET), run.err());
    assertTrue(run.out().contains("Department chat"), run.out());
  }

  @Test
  void logsTheOAuthExchangeWithoutTheToken(FakeBitrix24Portal portal) {
    Cli.Run run =
        Cli.run("communications", "15", "-v", "--portal", portal.baseUrl(), "--token", TOKEN);

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("humanresources.node.communication.list"), run.err());
    assertFalse(run.err().contains(TOKEN), run.err());
  }

  @Test
  void isQuietWithoutVerboseAndAfterAVerboseRun(FakeBitrix24Portal portal) {
    Cli.run("--verbose", "--webhook", portal.webhookUrl(), "communications", "15");

    Cli.Run quiet = Cli.run("--webhook", portal.webhookUrl(), "communications", "15");

    assertEquals(0, quiet.exitCode(), quiet.err());
    assertEquals("", quiet.err());
  }
}
