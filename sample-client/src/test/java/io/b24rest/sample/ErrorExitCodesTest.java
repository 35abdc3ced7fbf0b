package io.b24rest.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.b24rest.api.Bitrix24Methods;
import io.b24rest.testkit.Fault;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every failure: one line on stderr, nothing on stdout, the documented exit code, no secret. */
class ErrorExitCodesTest {
  private static final String SECRET = "errsecret9000";
  private static final String LIST = "humanresources.node.communication.list";

  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL =
      new FakeBitrix24PortalExtension(FakeBitrix24Portal.builder().webhook(1, SECRET));

  @Test
  void anErrorAnswerIsExitCodeOneWithCodeStatusAndMessage(FakeBitrix24Portal portal) {
    portal
        .on(LIST)
        .withParam("id", 999)
        .respondError(
            400, "BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION", "Object with identifier `999` not found");

    Cli.Run run = Cli.run("--webhook", portal.webhookUrl(), "communications", "999");

    assertOneLineFailure(run, ExitCodes.API_ERROR);
    assertEquals(
        "error: BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION (HTTP 400):"
            + " Object with identifier `999` not found",
        run.err().strip());
  }

  @Test
  void aValidationErrorNamesTheFields(FakeBitrix24Portal portal) {
    // The docs' own 400 example of the method, byte for byte.
    portal.on(LIST).respondRaw(400, "application/json", DocsExamples.answer(LIST, 400));

    Cli.Run run = Cli.run("--webhook", portal.webhookUrl(), "call", LIST, "{\"id\": 15}");

    assertOneLineFailure(run, ExitCodes.API_ERROR);
    assertEquals(
        "error: BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION (HTTP 400):"
            + " Error during request object validation; id: Required field `id` is missing",
        run.err().strip());
  }

  @Test
  void theTestkitsOwnValidationAnswerIsReportedTheSameWay(FakeBitrix24Portal portal) {
    // A typed request cannot leave out `id`; a server that wants a param the spec calls optional
    // can: here the testkit is told to answer as the portal would.
    portal
        .on("humanresources.node.field.list")
        .respondError(
            400, "BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION", "Access denied");

    Cli.Run run =
        Cli.run("--webhook", portal.webhookUrl(), "call", "humanresources.node.field.list", "{}");

    assertOneLineFailure(run, ExitCodes.API_ERROR);
    assertTrue(run.err().startsWith("error: BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION (HTTP 400)"));
  }

  @Test
  void aMissingRequiredParamIsAUsageErrorAndNothingIsSent(FakeBitrix24Portal portal) {
    Cli.Run run = Cli.run("--webhook", portal.webhookUrl(), "call", LIST, "{}");

    assertOneLineFailure(run, ExitCodes.USAGE);
    assertEquals("error: " + LIST + ": required param 'id' is missing", run.err().strip());
    assertEquals(0, portal.requestCount());
  }

  @Test
  void anUnknownMethodSaysHowToListTheMethods(FakeBitrix24Portal portal) {
    Cli.Run run = Cli.run("--webhook", portal.webhookUrl(), "call", "humanresources.node.nope");

    assertOneLineFailure(run, ExitCodes.USAGE);
    assertEquals(
        "error: unknown method 'humanresources.node.nope'; run 'sample-client methods' to list the "
            + Bitrix24Methods.all().size()
            + " methods",
        run.err().strip());
    assertEquals(0, portal.requestCount());
  }

  @Test
  void paramsThatAreNotJsonAreAUsageError(FakeBitrix24Portal portal) {
    Cli.Run run = Cli.run("--webhook", portal.webhookUrl(), "call", LIST, "{\"id\": 15");

    assertOneLineFailure(run, ExitCodes.USAGE);
    assertTrue(run.err().startsWith("error: " + LIST + ": the params are not valid JSON: "), run.err());
    assertTrue(run.err().contains("(line 1, column "), run.err());
  }

  static Stream<Arguments> paramsTheSpecRejects() {
    return Stream.of(
        arguments(
            "params that are not an object",
            LIST,
            "[15]",
            "error: " + LIST + ": the params must be a JSON object, for example '{\"id\": 15}'"),
        arguments(
            "a wrong type names the param and the expected type",
            LIST,
            "{\"id\": \"fifteen\"}",
            "error: " + LIST + ": param `id` must be an integer, got fifteen"),
        arguments(
            "an unknown param lists the known ones",
            LIST,
            "{\"idd\": 15}",
            "error: " + LIST + ": unknown param `idd`; known: id"),
        arguments(
            "an unknown nested param is found too",
            "humanresources.node.list",
            "{\"type\": \"DEPARTMENT\", \"pagination\": {\"pge\": 2}}",
            "error: humanresources.node.list: unknown param `pagination.pge`; known: limit, offset, page"),
        arguments(
            "an enum value the spec does not list",
            "humanresources.node.list",
            "{\"type\": \"FOO\"}",
            "error: humanresources.node.list: param `type` has the value \"FOO\", which the spec does"
                + " not list; allowed: DEPARTMENT, TEAM"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("paramsTheSpecRejects")
  void paramsTheSpecRejectsAreAUsageErrorAndNothingIsSent(
      String description, String method, String params, String message, FakeBitrix24Portal portal) {
    Cli.Run run = Cli.run("--webhook", portal.webhookUrl(), "call", method, params);

    assertOneLineFailure(run, ExitCodes.USAGE);
    assertEquals(message, run.err().strip());
    assertEquals(0, portal.requestCount());
  }

  @Test
  void aFractionIsNotTruncatedIntoAnInteger(FakeBitrix24Portal portal) {
    Cli.Run run = Cli.run("--webhook", portal.webhookUrl(), "call", LIST, "{\"id\": 1.5}");

    assertOneLineFailure(run, ExitCodes.USAGE);
    assertTrue(run.err().contains("param `id`"), run.err());
    assertEquals(0, portal.requestCount());
  }

  @Test
  void aRefusedConnectionIsExitCodeThree() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    String webhook = "http://127.0.0.1:" + closedPort + "/rest/1/" + SECRET + "/";

    Cli.Run run = Cli.run("--webhook", webhook, "communications", "15");

    assertOneLineFailure(run, ExitCodes.NO_ANSWER);
    assertTrue(run.err().startsWith("error: no answer from the portal: "), run.err());
  }

  @Test
  void anAnswerThatIsNotBitrix24IsExitCodeThree(FakeBitrix24Portal portal) {
    portal.inject(Fault.badGatewayHtml()).always();

    Cli.Run run = Cli.run("--webhook", portal.webhookUrl(), "communications", "15");

    assertOneLineFailure(run, ExitCodes.NO_ANSWER);
    assertTrue(run.err().contains("unexpected answer (HTTP 502)"), run.err());
  }

  @Test
  void aWrongWebhookSecretIsAnApiError(FakeBitrix24Portal portal) {
    String wrong = portal.webhookUrl().replace(SECRET, "wrongsecret123");

    Cli.Run run = Cli.run("--webhook", wrong, "communications", "15");

    assertOneLineFailure(run, ExitCodes.API_ERROR);
    assertTrue(run.err().startsWith("error: NO_AUTH_FOUND (HTTP 401)"), run.err());
    assertFalse(run.err().contains("wrongsecret123"), run.err());
  }

  @Test
  void noCommandIsAUsageErrorNamingTheCommands() {
    Cli.Run run = Cli.run();

    assertOneLineFailure(run, ExitCodes.USAGE);
    assertEquals(
        "error: no command given; commands: communications, call, export, methods, help"
            + " (see 'sample-client --help')",
        run.err().strip());
  }

  @Test
  void helpGoesToStdoutWithExitCodeZero() {
    Cli.Run run = Cli.run("call", "--help");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Usage: sample-client call "), run.out());
    assertTrue(run.out().contains("--webhook=URL"), "global options on subcommands: " + run.out());
  }

  @Test
  void aMissingArgumentIsAUsageError() {
    Cli.Run run = Cli.run("communications");

    assertOneLineFailure(run, ExitCodes.USAGE);
    assertEquals(
        "error: Missing required parameter: '<nodeId>' (see 'sample-client communications --help')",
        run.err().strip());
  }

  @Test
  void anIncompleteConnectionIsAUsageError() {
    Cli.Run portalOnly = Cli.run("--portal", "https://example.bitrix24.com", "communications", "15");
    assertOneLineFailure(portalOnly, ExitCodes.USAGE);
    assertEquals("error: --portal needs --token", portalOnly.err().strip());

    Cli.Run tokenOnly = Cli.run(Map.of("B24_ACCESS_TOKEN", "tok-secret-1"), "communications", "15");
    assertOneLineFailure(tokenOnly, ExitCodes.USAGE);
    assertEquals("error: B24_ACCESS_TOKEN needs B24_PORTAL_URL", tokenOnly.err().strip());
    assertFalse(tokenOnly.err().contains("tok-secret-1"));
  }

  @Test
  void aPlainHttpWebhookOutsideLoopbackIsRefusedWithoutShowingTheSecret() {
    Cli.Run run =
        Cli.run("--webhook", "http://example.com/rest/1/" + SECRET + "/", "communications", "15");

    assertOneLineFailure(run, ExitCodes.USAGE);
    assertTrue(run.err().contains("https"), run.err());
  }

  @Test
  void anUnexpectedFailureIsOneMaskedLineWithExitCodeFour() {
    ConnectionOptions options = new ConnectionOptions();
    options.token = "tok-secret-2";
    StringWriter err = new StringWriter();

    int code =
        ErrorReport.failure(
            new IllegalStateException("broken near tok-secret-2\n\tat somewhere"),
            new PrintWriter(err),
            Secrets.of(options, Map.of()));

    assertEquals(ExitCodes.INTERNAL, code);
    assertEquals(
        "error: unexpected failure: IllegalStateException: broken near *** at somewhere\n",
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  private static void assertOneLineFailure(Cli.Run run, int exitCode) {
    assertEquals(exitCode, run.exitCode(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("error: "), run.err());
    assertEquals("", run.out());
    assertFalse(run.err().contains(SECRET), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }
}
