package io.b24rest.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.testkit.FakeBitrix24Portal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} against the testkit: every record once, as JSON lines, in a few requests. */
class ExportCommandTest {
  private static final String TASKS = "tasks.task.list";

  @Test
  void writesAHundredThousandTasksOnceEachInAtMostFiveRequests(@TempDir Path dir) throws Exception {
    try (FakeBitrix24Portal portal =
        FakeBitrix24Portal.builder().rateLimit(50, 2).operatingLimit(Duration.ofSeconds(480)).start()) {
      portal.on(TASKS).respondWithRecords(100_000, id -> Map.of("title", "Task " + id));
      Path file = dir.resolve("tasks.jsonl");

      Cli.Run run =
          Cli.run("--webhook", portal.webhookUrl(), "export", TASKS,
              "{\"select\":[\"id\",\"title\"]}", "--out", file.toString());

      assertEquals(0, run.exitCode(), run.err());
      assertEquals("", run.out(), "the records go to the file");
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      assertEquals(100_000, lines.size());
      for (int i = 0; i < lines.size(); i++) {
        JsonNode task = JsonOutput.MAPPER.readTree(lines.get(i));
        assertEquals(i + 1L, task.path("id").asLong(), "line " + (i + 1));
        assertEquals("Task " + (i + 1), task.path("title").asText());
      }
      assertTrue(portal.requestCount() <= 5, portal.requestCount() + " requests");
      assertEquals(0, portal.answerCount(503));
      assertEquals(0, portal.answerCount(429));
      List<String> progress = run.errLines();
      assertEquals(portal.requestCount() + 1, progress.size(), run.err());
      assertTrue(progress.get(progress.size() - 2).startsWith("export: 100000 records, "
          + portal.requestCount() + " requests, "), run.err());
      assertTrue(progress.get(progress.size() - 2).endsWith(" s waited for the budget"), run.err());
      assertEquals("export: done, 100000 records in " + file, progress.get(progress.size() - 1));
    }
  }

  @Test
  void withoutOutTheRecordsGoToStdoutOneJsonLineEach() throws Exception {
    try (FakeBitrix24Portal portal = FakeBitrix24Portal.startDefault()) {
      portal.on(TASKS).respondWithRecords(3, id -> Map.of("title", "Task " + id));

      Cli.Run run =
          Cli.run("--webhook", portal.webhookUrl(), "export", TASKS, "{\"select\":[\"id\",\"title\"]}",
              "--strategy", "PAGES", "--page-size", "2");

      assertEquals(0, run.exitCode(), run.err());
      assertEquals(
          List.of("{\"id\":1,\"title\":\"Task 1\"}", "{\"id\":2,\"title\":\"Task 2\"}",
              "{\"id\":3,\"title\":\"Task 3\"}"),
          run.out().lines().toList());
      assertEquals(2, portal.requestCount(), "pages of 2: one full, one short");
    }
  }

  @Test
  void aMethodThatDoesNotPageAndABadPageSizeAreUsageErrors() {
    try (FakeBitrix24Portal portal = FakeBitrix24Portal.startDefault()) {
      Cli.Run notPaged = Cli.run("--webhook", portal.webhookUrl(), "export", "tasks.task.get", "{\"id\":1}");
      Cli.Run tooLarge =
          Cli.run("--webhook", portal.webhookUrl(), "export", TASKS, "{}", "--page-size", "1001");

      assertEquals(ExitCodes.USAGE, notPaged.exitCode(), notPaged.err());
      assertEquals(1, notPaged.errLines().size(), notPaged.err());
      assertTrue(notPaged.err().contains("tasks.task.get is not a list method"), notPaged.err());
      assertEquals(ExitCodes.USAGE, tooLarge.exitCode(), tooLarge.err());
      assertTrue(tooLarge.err().contains("pageSize must be at most 1000"), tooLarge.err());
      assertEquals(0, portal.requestCount());
    }
  }

  @Test
  void anErrorAnswerEndsTheExportWithTheApiErrorLine() {
    try (FakeBitrix24Portal portal = FakeBitrix24Portal.startDefault()) {
      portal.on(TASKS).respondError(403, "BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION", "Access denied");

      Cli.Run run = Cli.run("--webhook", portal.webhookUrl(), "export", TASKS);

      assertEquals(ExitCodes.API_ERROR, run.exitCode(), run.err());
      assertTrue(run.err().contains("BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION"), run.err());
      assertTrue(!run.err().contains(portal.webhookSecret()), "no secret in the error");
    }
  }
}
