package io.b24rest.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testsupport.EmbeddedRedis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Three parallel loops of {@code sample-client --redis ... call ...}, each call its own JVM,
 * against one portal with a strict bucket: paced through one real Redis, none gets a 503.
 */
class SharedPacingProcessesTest {
  private static final int LOOPS = 3;
  private static final int CALLS_PER_LOOP = 3;

  @Test
  void threeLoopsOfProcessesPacedThroughRedisGetNo503() throws Exception {
    try (EmbeddedRedis redis = new EmbeddedRedis();
        FakeBitrix24Portal portal = FakeBitrix24Portal.builder().rateLimit(3, 1).start()) {
      ExecutorService loops = Executors.newFixedThreadPool(LOOPS);
      try {
        List<Future<List<Integer>>> exits = new ArrayList<>();
        for (int l = 0; l < LOOPS; l++) {
          exits.add(loops.submit(() -> loop(portal.webhookUrl(), redis.uri())));
        }
        for (Future<List<Integer>> exit : exits) {
          assertEquals(List.of(0, 0, 0), exit.get(180, TimeUnit.SECONDS));
        }
      } finally {
        loops.shutdownNow();
      }
      assertEquals(LOOPS * CALLS_PER_LOOP, portal.answerCount(200));
      assertEquals(0, portal.answerCount(503), "answers 503 from the portal");
    }
  }

  private static List<Integer> loop(String webhook, String redisUrl) throws Exception {
    List<Integer> exits = new ArrayList<>();
    for (int i = 0; i < CALLS_PER_LOOP; i++) {
      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  SampleClient.class.getName(),
                  "--webhook",
                  webhook,
                  "--redis",
                  redisUrl,
                  "--rate-limit",
                  "3/1",
                  "call",
                  "humanresources.node.communication.list",
                  "{\"id\": 15}")
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      if (exit != 0) {
        throw new AssertionError("sample-client exited " + exit + ": " + output);
      }
      exits.add(exit);
    }
    return exits;
  }
}
