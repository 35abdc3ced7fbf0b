package io.b24rest.micrometer;

import io.b24rest.runtime.AttemptEvent;
import io.b24rest.runtime.CallEnd;
import io.b24rest.runtime.CallListener;
import io.b24rest.runtime.CallObserver;
import io.b24rest.runtime.CallStart;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * One Micrometer {@link Observation} per call of a client, named {@value #NAME} with the REST
 * method as its contextual name: through a tracing bridge (OpenTelemetry, Brave) each call becomes
 * a span called after the method, and its retries become events of that span.
 *
 * <pre>{@code
 * Bitrix24Client client = Bitrix24Client.webhook(url)
 *     .listener(new Bitrix24Observations(observationRegistry))
 *     .build();
 * }</pre>
 *
 * <p>Low-cardinality key values: {@value #METHOD}, {@value #KIND}, {@value #OUTCOME}, {@value
 * #ERROR_CODE}; high-cardinality: {@value #ATTEMPTS}, {@value #STATUS}. None holds a URL, a
 * secret or a token. The observation is in scope on the calling thread while the call runs.
 */
public final class Bitrix24Observations implements CallListener {
  /** The observation's name. */
  public static final String NAME = "bitrix24.call";

  /** Key of the REST method name. */
  public static final String METHOD = "bitrix24.method";

  /** Key of {@code READ} or {@code WRITE}. */
  public static final String KIND = "bitrix24.kind";

  /** Key of {@code success} or {@code error}. */
  public static final String OUTCOME = "bitrix24.outcome";

  /** Key of the error code, {@code none} for a success. */
  public static final String ERROR_CODE = "bitrix24.error.code";

  /** Key of the number of attempts. */
  public static final String ATTEMPTS = "bitrix24.attempts";

  /** Key of the last answer's HTTP status ({@code 0}: none came). */
  public static final String STATUS = "http.response.status_code";

  private final ObservationRegistry registry;

  /**
   * @param registry where the observations go
   */
  public Bitrix24Observations(ObservationRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public CallObserver callStarted(CallStart call) {
    Observation observation =
        Observation.createNotStarted(NAME, registry)
            .contextualName(call.method())
            .lowCardinalityKeyValue(METHOD, call.method())
            .lowCardinalityKeyValue(KIND, call.kind().name())
            .start();
    Observation.Scope scope = observation.openScope();
    return new CallObserver() {
      @Override
      public void attemptFinished(AttemptEvent attempt) {
        String reason = attempt.retryReason();
        if (reason != null) {
          observation.event(Observation.Event.of("bitrix24.retry", "retry after " + reason));
        }
      }

      @Override
      public void callFinished(CallEnd end) {
        String error = end.errorCode();
        observation.lowCardinalityKeyValue(OUTCOME, end.succeeded() ? "success" : "error");
        observation.lowCardinalityKeyValue(ERROR_CODE, error == null ? "none" : error);
        observation.highCardinalityKeyValue(
            KeyValue.of(ATTEMPTS, Integer.toString(end.attempts())));
        observation.highCardinalityKeyValue(
            KeyValue.of(STATUS, Integer.toString(end.httpStatus())));
        if (end.failure() != null) {
          // The client's exceptions carry no secret: their messages are redacted.
          observation.error(end.failure());
        }
        scope.close();
        observation.stop();
      }
    };
  }

  @Override
  public String toString() {
    return "Bitrix24Observations";
  }
}
