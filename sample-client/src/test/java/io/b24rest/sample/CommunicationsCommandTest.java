package io.b24rest.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.api.humanresources.NodeCommunicationListResult;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.testkit.AuthMode;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import io.b24rest.testkit.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code communications <nodeId>} against a testkit portal: the table, the JSON, the connections. */
class CommunicationsCommandTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL =
      new FakeBitrix24PortalExtension(FakeBitrix24Portal.builder().webhook(1, "commsecret42"));

  @Test
  void printsTheDocsExampleAsATableWithTheNoAccessCounts(FakeBitrix24Portal portal) {
    Cli.Run run = Cli.run("--webhook", portal.webhookUrl(), "communications", "15");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(
        List.of(
            "TYPE     ID  TITLE               SUBTITLE         ACCESS",
            "chat     22  Department chat     Private chat     yes",
            "channel  21  Department channel  Private channel  yes",
            "collab   23  Department collab   Collab           yes",
            "",
            "Not accessible: 0 chats, 0 channels, 0 collabs"),
        lines);
    RecordedRequest request = portal.takeRequest();
    assertEquals("humanresources.node.communication.list", request.methodName().orElseThrow());
    assertEquals(15, request.param("id").orElseThrow().asInt());
  }

  @Test
  void showsNoAccessAndTheCountsOfARegisteredAnswer(FakeBitrix24Portal portal) {
    portal
        .on("humanresources.node.communication.list")
        .withParam("id", 7)
        .respond(
            "{\"chats\":[{\"id\":5,\"title\":\"Ops\",\"subtitle\":\"Private chat\","
                + "\"hasAccess\":false,\"type\":\"CHAT\"}],\"chatsNoAccess\":2,"
                + "\"channels\":[],\"channelsNoAccess\":1,\"collabs\":[],\"collabsNoAccess\":3}");

    Cli.Run run = Cli.run("communications", "7", "--webhook", portal.webhookUrl());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        List.of(
            "TYPE  ID  TITLE  SUBTITLE      ACCESS",
            "chat  5   Ops    Private chat  no",
            "",
            "Not accessible: 2 chats, 1 channels, 3 collabs"),
        run.out().lines().toList());
  }

  @Test
  void saysSoWhenThereIsNothingToShow(FakeBitrix24Portal portal) {
    portal
        .on("humanresources.node.communication.list")
        .respond("{\"chats\":[],\"chatsNoAccess\":0,\"channels\":[],\"collabs\":[]}");

    Cli.Run run = Cli.run("--webhook", portal.webhookUrl(), "communications", "15");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        List.of("No chats, channels or collabs.", "", "Not accessible: 0 chats, 0 channels, 0 collabs"),
        run.out().lines().toList());
  }

  @Test
  void jsonPrintsTheTypedResult(FakeBitrix24Portal portal) throws Exception {
    Cli.Run run = Cli.run("--webhook", portal.webhookUrl(), "communications", "15", "--json");

    assertEquals(0, run.exitCode(), run.err());
    NodeCommunicationListResult printed =
        JsonOutput.MAPPER.readValue(run.out(), NodeCommunicationListResult.class);
    NodeCommunicationListResult direct =
        Bitrix24Client.webhook(portal.webhookUrl())
            .rateLimit(RateLimit.off())
            .build()
            .api(NodeCommunicationApi.class)
            .list(NodeCommunicationListRequest.builder().id(15L).build())
            .result();
    assertEquals(direct, printed);
    assertEquals(
        JsonOutput.MAPPER.treeToValue(
            DocsExamples.okResult("humanresources.node.communication.list"),
            NodeCommunicationListResult.class),
        printed);
    assertEquals("Department channel", printed.channels().get(0).title());
    assertTrue(run.out().contains("\n  \"chats\" : ["), "pretty-printed: " + run.out());
  }

  @Test
  void readsTheWebhookFromTheEnvironment(FakeBitrix24Portal portal) {
    Cli.Run run =
        Cli.run(Map.of("B24_WEBHOOK_URL", portal.webhookUrl()), "communications", "15");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Department collab"), run.out());
    assertEquals(AuthMode.WEBHOOK, portal.takeRequest().authMode());
  }

  @Test
  void connectsWithPortalAndToken(FakeBitrix24Portal portal) {
    Cli.Run run =
        Cli.run(
            "--portal", portal.baseUrl(), "--token", portal.accessToken(), "communications", "15");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Department chat"), run.out());
    assertEquals(AuthMode.OAUTH, portal.takeRequest().authMode());
  }

  @Test
  void readsPortalAndTokenFromTheEnvironment(FakeBitrix24Portal portal) {
    Cli.Run run =
        Cli.run(
            Map.of("B24_PORTAL_URL", portal.baseUrl(), "B24_ACCESS_TOKEN", portal.accessToken()),
            "communications",
            "15");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(AuthMode.OAUTH, portal.takeRequest().authMode());
  }

  @Test
  void optionsWinOverTheEnvironment(FakeBitrix24Portal portal) {
    Cli.Run run =
        Cli.run(
            Map.of("B24_WEBHOOK_URL", "http://127.0.0.1:9/rest/1/elsewhere/"),
            "communications",
            "15",
            "--portal",
            portal.baseUrl(),
            "--token",
            portal.accessToken());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(AuthMode.OAUTH, portal.takeRequest().authMode());
  }

  @Test
  void withoutAConnectionStartsTheEmbeddedPortalAndSaysSoInOneLine() {
    Cli.Run run = Cli.run("communications", "15");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("note: "), run.err());
    assertTrue(run.err().contains("embedded fake portal at http://127.0.0.1:"), run.err());
    assertTrue(run.out().contains("Department channel"), run.out());
    assertTrue(run.out().contains("Department chat"), run.out());
    assertTrue(run.out().contains("Department collab"), run.out());
  }
}
