package io.b24rest.runtime.internal.error;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.b24rest.core.ApiError;
import io.b24rest.core.ApiResponse;
import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.Bitrix24Exception;
import io.b24rest.core.Bitrix24ProtocolException;
import io.b24rest.core.ResponseTime;
import io.b24rest.core.spi.ApiErrorFactory;
import io.b24rest.runtime.internal.logging.Redactor;
import io.b24rest.runtime.internal.ratelimit.ResponseTimes;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Turns one HTTP answer into either the typed result or the typed exception: errors of both shapes
 * go through the {@link ApiErrorFactory}; anything that is not a Bitrix24 answer becomes a {@link
 * Bitrix24ProtocolException}, whose problem names the field that did not fit ({@code result.id
 * (expected Long)}). A broken {@code time} block does not fail the answer: see {@link
 * TimeBlockReader}. Never throws anything but a {@link Bitrix24Exception}.
 */
public final class ResponseInterpreter {
  private final ObjectMapper mapper;
  private final ApiErrorFactory errorFactory;
  private final Redactor redactor;
  private final ResponseTimes times;
  private final TimeBlockReader timeBlocks;

  /**
   * Per return type, its Jackson type and the reader of its plain-success envelope, built once:
   * resolving a parameterised type and building a reader (root deserializer lookup included) on
   * every call showed in the call benchmark's profile. One entry per API method's return type.
   */
  private final Map<Type, JavaType> javaTypes = new ConcurrentHashMap<>();

  private final Map<JavaType, ObjectReader> onePassReaders = new ConcurrentHashMap<>();

  /**
   * @param mapper configured by {@code Bitrix24Json}
   * @param errorFactory maps error codes to typed exceptions
   * @param redactor masks secrets in excerpts
   * @param times receives the {@code time} block of every successful answer
   */
  public ResponseInterpreter(
      ObjectMapper mapper, ApiErrorFactory errorFactory, Redactor redactor, ResponseTimes times) {
    this.mapper = mapper;
    this.errorFactory = errorFactory;
    this.redactor = redactor;
    this.times = times;
    this.timeBlocks = new TimeBlockReader(mapper);
  }

  /** The exception for a non-2xx answer. */
  public Bitrix24Exception failure(int status, byte[] body, String method) {
    JsonNode root;
    try {
      root = parse(status, body, method);
    } catch (Bitrix24ProtocolException e) {
      return e;
    }
    if (!root.isObject() || !ErrorBodies.hasError(root)) {
      return protocol(status, "error answer without an error member", body, method);
    }
    return apiError(root, status, body, method);
  }

  /**
   * The decoded value of a 2xx answer.
   *
   * @throws Bitrix24Exception if the answer carries an error or is not a valid answer
   */
  public Object success(int status, byte[] body, Type type, String method) {
    JavaType javaType = javaTypes.computeIfAbsent(type, mapper::constructType);
    if (javaType.getRawClass() == ApiResponse.class) {
      ApiResponse<?> answer = readInOnePass(body, javaType.containedTypeOrUnknown(0), method);
      if (answer != null) {
        if (answer.time() != null) {
          times.record(method, answer.time());
        }
        return answer;
      }
    }
    return readThroughTree(status, body, javaType, method);
  }

  /**
   * The answer read straight from the bytes into the typed records; null when it is anything but
   * a plain success (not JSON, an error member, no result, a result or a {@code time} block of
   * another shape), which the tree reading then classifies. Most answers are plain successes, and reading them once instead
   * of into a tree and then into records saves about a third of the client's time per call.
   */
  private @Nullable ApiResponse<?> readInOnePass(byte[] body, JavaType resultType, String method) {
    if (body == null || body.length == 0) {
      return null;
    }
    WireAnswer<?> answer;
    try {
      answer = onePassReaders.computeIfAbsent(resultType, this::onePassReader).readValue(body);
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
    if (answer == null || answer.result() == null || hasError(answer.error())) {
      return null;
    }
    return new ApiResponse<>(answer.result(), answer.time());
  }

  private ObjectReader onePassReader(JavaType resultType) {
    return mapper.readerFor(
        mapper.getTypeFactory().constructParametricType(WireAnswer.class, resultType));
  }

  private static boolean hasError(@Nullable JsonNode error) {
    return error != null && !error.isNull() && !error.isMissingNode();
  }

  private Object readThroughTree(int status, byte[] body, JavaType javaType, String method) {
    JsonNode root = parse(status, body, method);
    if (!root.isObject()) {
      throw protocol(status, "answer is not a JSON object", body, method);
    }
    if (ErrorBodies.hasError(root)) {
      throw apiError(root, status, body, method);
    }
    boolean envelope = javaType.getRawClass() == ApiResponse.class;
    if (envelope && !root.hasNonNull("result")) {
      throw protocol(status, "answer has no result", body, method);
    }
    // The time block is read apart: a broken one must not fail the answer.
    JsonNode timeBlock = envelope ? ((ObjectNode) root).remove("time") : null;
    Object value;
    try {
      value = mapper.readerFor(javaType).readValue(root);
    } catch (java.io.IOException | RuntimeException e) {
      throw protocol(status, ShapeMismatch.describe(e), body, method);
    }
    if (value == null) {
      throw protocol(status, "answer decodes to nothing", body, method);
    }
    if (value instanceof ApiResponse<?> response) {
      ResponseTime time = timeBlocks.read(timeBlock, method);
      if (time != null) {
        times.record(method, time);
      }
      return new ApiResponse<>(response.result(), time);
    }
    return value;
  }

  /**
   * The typed result of one element of a batch answer's {@code result} array: the {@code result} of
   * that call, or its error in either shape.
   *
   * @param element the element; null or missing when the answer has fewer elements than calls
   * @param type the call's result type
   * @param status the HTTP status of the batch answer, kept by an error that has no status of its
   *     own
   * @param method the REST method of the call
   * @throws Bitrix24Exception the typed exception of the call's error, or a protocol exception if
   *     the element is missing or does not fit {@code type}
   */
  public <R> R batchElement(@Nullable JsonNode element, Class<R> type, int status, String method) {
    byte[] text =
        element == null ? new byte[0] : element.toString().getBytes(StandardCharsets.UTF_8);
    if (element == null || element.isMissingNode() || element.isNull()) {
      throw protocol(status, "the batch answer has no result for this call", text, method);
    }
    if (element.isObject() && ErrorBodies.hasError(element)) {
      int own = element.path("status").asInt(0);
      throw apiError(element, own >= 400 && own <= 599 ? own : status, text, method);
    }
    R value;
    try {
      value = mapper.readerFor(type).readValue(element);
    } catch (java.io.IOException | RuntimeException e) {
      throw protocol(status, ShapeMismatch.describe(e), text, method);
    }
    if (value == null) {
      throw protocol(status, "result decodes to nothing", text, method);
    }
    return value;
  }

  private JsonNode parse(int status, byte[] body, String method) {
    if (body == null || body.length == 0) {
      throw protocol(status, "empty body", body, method);
    }
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (java.io.IOException | RuntimeException e) {
      throw protocol(status, "body is not valid JSON", body, method);
    }
    if (root == null || root.isMissingNode()) {
      throw protocol(status, "empty body", body, method);
    }
    return root;
  }

  private Bitrix24Exception apiError(JsonNode root, int status, byte[] body, String method) {
    ApiError error = ErrorBodies.read(root, status, method, redactor);
    if (error == null) {
      return protocol(status, "error of an unknown shape", body, method);
    }
    try {
      Bitrix24ApiException typed = errorFactory.create(error);
      return typed != null ? typed : new Bitrix24ApiException(error);
    } catch (RuntimeException e) {
      return new Bitrix24ApiException(error);
    }
  }

  private Bitrix24ProtocolException protocol(
      int status, String problem, byte[] body, String method) {
    return new Bitrix24ProtocolException(status, problem, BodyExcerpt.of(body, redactor), method);
  }
}
