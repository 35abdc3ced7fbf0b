package com.example.departments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.testkit.FakeBitrix24Portal;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The application, started as in production but pointed at the testkit's fake portal: the
 * injected API calls it, the call is in the MeterRegistry and in a recorded span, and closing the
 * application leaves no HTTP thread of the client behind.
 */
@ExtendWith(OutputCaptureExtension.class)
class DepartmentsApplicationTest {
  private static final String METHOD = "humanresources.node.communication.list";
  private static final String SECRET = "ExampleWebhookSecret";

  /** Spans kept in memory: Spring Boot's tracing turns each observation into one of them. */
  @TestConfiguration(proxyBeanMethods = false)
  static class RecordedSpans {
    @Bean
    SimpleTracer tracer() {
      return new SimpleTracer();
    }
  }

  @Test
  void theInjectedApiCallsThePortalAndTheCallIsMeasuredTracedAndClosed(CapturedOutput output)
      throws Exception {
    try (FakeBitrix24Portal portal = FakeBitrix24Portal.builder().webhook(1, SECRET).start()) {
      ConfigurableApplicationContext app =
          new SpringApplicationBuilder(DepartmentsApplication.class, RecordedSpans.class)
              .properties(
                  "bitrix24.webhook-url=" + portal.webhookUrl(),
                  "bitrix24.rate-limit.preset=off",
                  // Every request and answer logged in full: the secret must still not show.
                  "bitrix24.http-log-level=full",
                  "logging.level.io.b24rest=DEBUG",
                  "management.tracing.sampling.probability=1.0")
              .run();

      List<String> titles = app.getBean(DepartmentChats.class).chatTitles(15);

      assertEquals(List.of("Department chat"), titles);
      assertEquals(15, portal.lastRequest().param("id").orElseThrow().asInt());

      MeterRegistry meters = app.getBean(MeterRegistry.class);
      assertEquals(
          1, meters.get("bitrix24.calls").tags("method", METHOD, "outcome", "success").timer()
              .count());
      for (Meter meter : meters.getMeters()) {
        assertFalse(meter.getId().toString().contains(SECRET), meter.getId().toString());
      }

      SimpleSpan span =
          app.getBean(SimpleTracer.class).getSpans().stream()
              .filter(s -> METHOD.equals(s.getName()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no span named " + METHOD));
      assertEquals(METHOD, span.getTags().get("bitrix24.method"));
      assertFalse(span.getTags().toString().contains(SECRET), span.getTags().toString());

      assertTrue(liveClientThreads().size() > 0, "the client's HTTP threads run while it is open");
      app.close();
      app = null;
      assertNoClientThreadLeft();

      assertTrue(output.getAll().contains(METHOD), "the exchange was logged");
      assertFalse(output.getAll().contains(SECRET), "the webhook secret in the log");
    }
  }

  /** The JDK HTTP client's threads: the client's executor and the client's selector. */
  private static final Pattern CLIENT_THREAD =
      Pattern.compile("b24-http.*|HttpClient-\\d+-SelectorManager");

  private static Set<String> liveClientThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> CLIENT_THREAD.matcher(name).matches())
        .collect(Collectors.toSet());
  }

  /**
   * The executor's threads stop with the client; the JDK 17 HTTP client's selector thread stops
   * once the client is unreachable (it has no close of its own), so the wait includes a GC.
   */
  private static void assertNoClientThreadLeft() throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    Set<String> left = liveClientThreads();
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(200);
      left = liveClientThreads();
    }
    assertTrue(left.isEmpty(), "threads left after close: " + left);
  }
}
