package io.b24rest.benchmarks.decode;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.b24rest.api.humanresources.NodeCommunicationListResult;
import io.b24rest.benchmarks.SeedAnswer;
import io.b24rest.core.ApiResponse;
import io.b24rest.runtime.Bitrix24Json;
import io.b24rest.runtime.internal.error.DefaultErrorFactory;
import io.b24rest.runtime.internal.error.ResponseInterpreter;
import io.b24rest.runtime.internal.logging.Redactor;
import io.b24rest.runtime.internal.ratelimit.ResponseTimes;
import java.io.IOException;
import java.lang.reflect.Type;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding the seed's documented 200 answer (bytes, as the HTTP layer hands them on) with the
 * client's mapper configuration, four ways: into the generated records directly, through the
 * runtime's own answer path (tree first, for error detection, then bound to the records), into
 * hand-written POJOs (the baseline), and into Jackson's tree model.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class DecodeBenchmark {
  private byte[] body;
  private ObjectMapper mapper;
  private ObjectReader generatedReader;
  private ObjectReader pojoReader;
  private ResponseInterpreter interpreter;
  private Type generatedType;

  /** Reads the answer from the spec and prepares the readers once, as a client does. */
  @Setup
  public void setUp() throws IOException {
    body = SeedAnswer.body();
    mapper = Bitrix24Json.newObjectMapper();
    JavaType type =
        mapper.getTypeFactory().constructType(new TypeReference<ApiResponse<NodeCommunicationListResult>>() {});
    generatedType = type;
    generatedReader = mapper.readerFor(type);
    pojoReader = mapper.readerFor(HandWrittenAnswer.class);
    interpreter =
        new ResponseInterpreter(mapper, DefaultErrorFactory.get(), new Redactor(), new ResponseTimes());
    // Fail here, not in a silent benchmark, if any of the ways cannot read the answer.
    ApiResponse<NodeCommunicationListResult> generated = generatedRecords();
    HandWrittenAnswer pojo = handWrittenPojo();
    if (generated.result().collabs().size() != 1 || pojo.result.collabs.size() != 1
        || runtimeAnswerPath() == null || treeModel().path("result").isMissingNode()) {
      throw new IllegalStateException("the seed answer did not decode as expected");
    }
  }

  /** The generated records, one {@code readValue} from bytes. */
  @Benchmark
  public ApiResponse<NodeCommunicationListResult> generatedRecords() throws IOException {
    return generatedReader.readValue(body);
  }

  /** The generated records through the runtime's answer path, as every call decodes. */
  @Benchmark
  public Object runtimeAnswerPath() {
    return interpreter.success(200, body, generatedType, SeedAnswer.METHOD);
  }

  /** The baseline: hand-written POJOs with public fields. */
  @Benchmark
  public HandWrittenAnswer handWrittenPojo() throws IOException {
    return pojoReader.readValue(body);
  }

  /** Jackson's tree model. */
  @Benchmark
  public JsonNode treeModel() throws IOException {
    return mapper.readTree(body);
  }
}
