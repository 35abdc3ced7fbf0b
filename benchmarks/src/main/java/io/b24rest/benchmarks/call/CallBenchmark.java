package io.b24rest.benchmarks.call;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.api.humanresources.NodeCommunicationListResult;
import io.b24rest.benchmarks.SeedAnswer;
import io.b24rest.core.ApiResponse;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.Bitrix24Json;
import io.b24rest.runtime.ratelimit.RateLimit;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One full call of humanresources.node.communication.list over loopback: the generated Feign
 * client (rate limit off, default retries) against a raw {@link HttpClient} + Jackson baseline
 * that sends the same body to the same server and decodes into the same records. Run with {@code
 * -t 1} and {@code -t 8}; both clients are shared by all threads, as an application shares them.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@State(Scope.Benchmark)
public class CallBenchmark {
  private static final String SECRET = "benchsecret";
  private static final int SERVER_THREADS = 8;

  private LoopbackPortal portal;
  private NodeCommunicationApi generated;
  private NodeCommunicationListRequest request;
  private HttpClient http;
  private URI rawUri;
  private ObjectMapper mapper;
  private ObjectReader reader;

  /** Starts the server and both clients, and checks that both get the answer. */
  @Setup
  public void setUp() throws IOException, InterruptedException {
    portal = LoopbackPortal.start(SeedAnswer.body(), SERVER_THREADS);
    String webhook = portal.baseUrl() + "/rest/1/" + SECRET + "/";
    generated =
        Bitrix24Client.webhook(webhook).rateLimit(RateLimit.off()).build().api(NodeCommunicationApi.class);
    request = NodeCommunicationListRequest.builder().id(15L).build();
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    rawUri = URI.create(portal.baseUrl() + "/rest/api/1/" + SECRET + "/" + SeedAnswer.METHOD);
    mapper = Bitrix24Json.newObjectMapper();
    reader = mapper.readerFor(new TypeReference<ApiResponse<NodeCommunicationListResult>>() {});
    if (generatedClient().result().chats().size() != 1 || rawClient().result().chats().size() != 1) {
      throw new IllegalStateException("a client did not get the seed answer");
    }
  }

  /** Stops the server. */
  @TearDown
  public void tearDown() {
    portal.close();
  }

  /** The generated Feign client, as an application calls it. */
  @Benchmark
  public ApiResponse<NodeCommunicationListResult> generatedClient() {
    return generated.list(request);
  }

  /** The baseline: the JDK client and Jackson, the least an application could do. */
  @Benchmark
  public ApiResponse<NodeCommunicationListResult> rawClient() throws IOException, InterruptedException {
    HttpRequest call =
        HttpRequest.newBuilder(rawUri)
            .timeout(Duration.ofSeconds(65))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(request)))
            .build();
    HttpResponse<byte[]> answer;
    try {
      answer = http.send(call, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      // A pooled connection the server closed as it was reused ("header parser received no
      // bytes"), rare but fatal to a run on a loaded machine; the generated client retries such a
      // read, so the baseline does too, once, as an application would.
      answer = http.send(call, HttpResponse.BodyHandlers.ofByteArray());
    }
    if (answer.statusCode() != 200) {
      throw new IOException("HTTP " + answer.statusCode());
    }
    return reader.readValue(answer.body());
  }
}
