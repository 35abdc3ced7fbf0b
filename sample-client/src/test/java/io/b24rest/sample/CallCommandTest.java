package io.b24rest.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.api.Bitrix24Methods;
import io.b24rest.core.spi.MethodDescriptor;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import io.b24rest.testkit.RecordedRequest;
import io.b24rest.testsupport.JsonTrees;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code call} sends every generated method with its documented request, against the testkit and
 * against a plain server that answers like the docs, and prints the typed result.
 */
class CallCommandTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL =
      new FakeBitrix24PortalExtension(FakeBitrix24Portal.builder().webhook(3, "callsecret77"));

  private static DocsServer docsServer;

  @BeforeAll
  static void startDocsServer() throws Exception {
    docsServer = DocsServer.start();
  }

  @AfterAll
  static void stopDocsServer() {
    docsServer.close();
  }

  static Stream<String> methods() {
    return Bitrix24Methods.all().stream().map(MethodDescriptor::name);
  }

  @Test
  void everyMethodOfTheSpecsIsInTheRegistry() {
    assertEquals(
        DocsExamples.methodNames(),
        Bitrix24Methods.all().stream().map(MethodDescriptor::name).collect(Collectors.toSet()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void sendsTheDocumentedRequestToTheTestkitAndPrintsTheTypedResult(
      String method, FakeBitrix24Portal portal) throws Exception {
    String params = DocsExamples.request(method);

    Cli.Run run = Cli.run("--webhook", portal.webhookUrl(), "call", method, params, "--json");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertEquals(DocsExamples.okResultWithoutNulls(method), printedJson(run.out()), method);
    RecordedRequest request = portal.takeRequest();
    assertEquals(method, request.methodName().orElseThrow());
    // The params went through the typed request record and arrived as documented.
    assertEquals(
        JsonTrees.withoutNulls(JsonOutput.MAPPER.readTree(params)),
        JsonOutput.MAPPER.readTree(request.body()),
        method);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void worksAgainstAnyServerThatAnswersLikeTheDocs(String method) throws Exception {
    Cli.Run run =
        Cli.run(
            "--webhook", docsServer.webhookUrl(), "call", method, DocsExamples.request(method),
            "--json");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(DocsExamples.okResultWithoutNulls(method), printedJson(run.out()), method);
    List<String> called = docsServer.calledMethods();
    assertEquals(method, called.get(called.size() - 1));
  }

  @Test
  void printsOnePathValueLinePerFieldWithoutJson(FakeBitrix24Portal portal) {
    Cli.Run run =
        Cli.run(
            "--webhook",
            portal.webhookUrl(),
            "call",
            "humanresources.node.communication.list",
            "{\"id\": 15}");

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.contains("result.chats[0].title = \"Department chat\""), run.out());
    assertTrue(lines.contains("result.channels[0].id = 21"), run.out());
    assertTrue(lines.contains("result.collabs[0].hasAccess = true"), run.out());
    assertTrue(lines.contains("result.collabsNoAccess = 0"), run.out());
  }

  @Test
  void paramsDefaultToAnEmptyObject(FakeBitrix24Portal portal) {
    Cli.Run run =
        Cli.run("--webhook", portal.webhookUrl(), "call", "humanresources.node.field.list");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("{}", portal.takeRequest().body());
  }

  @Test
  void methodsListsEveryMethodWithItsKind() {
    Cli.Run run = Cli.run("methods");

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(Bitrix24Methods.all().size(), lines.size());
    assertTrue(lines.stream().anyMatch(l -> l.matches("humanresources\\.node\\.add +write")), run.out());
    assertTrue(
        lines.stream().anyMatch(l -> l.matches("humanresources\\.node\\.communication\\.list +read")),
        run.out());
    assertEquals("", run.err(), "methods needs no portal");
  }

  /** What {@code --json} printed, with {@code null} members dropped (null and absent alike). */
  private static JsonNode printedJson(String out) throws Exception {
    return JsonTrees.withoutNulls(JsonOutput.MAPPER.readTree(out));
  }
}
