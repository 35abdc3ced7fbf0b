package io.b24rest.testkit;

import java.util.Objects;
import java.util.Optional;

/**
 * Says when an injected {@link Fault} applies; nothing is injected until {@link #once()}, {@link
 * #times(int)} or {@link #always()} is called. Faults apply in the order they were registered, one
 * a request.
 *
 * <pre>{@code
 * portal.inject(Fault.dropConnection()).forMethod("humanresources.node.add").once();
 * portal.inject(Fault.delay(Duration.ofMillis(300))).times(2);
 * }</pre>
 */
public final class FaultInjection {
  private final FaultRegistry registry;
  private final Fault fault;
  private Optional<String> method = Optional.empty();

  FaultInjection(FaultRegistry registry, Fault fault) {
    this.registry = registry;
    this.fault = Objects.requireNonNull(fault, "fault");
  }

  /** Limits the fault to calls of one method; by default it hits any request. */
  public FaultInjection forMethod(String methodName) {
    this.method = Optional.of(Objects.requireNonNull(methodName, "methodName"));
    return this;
  }

  /** Injects the fault into the next matching request. */
  public void once() {
    times(1);
  }

  /** Injects the fault into the next {@code count} matching requests. */
  public void times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, got " + count);
    }
    registry.add(fault, method, count);
  }

  /** Injects the fault into every matching request until {@link FakeBitrix24Portal#reset()}. */
  public void always() {
    registry.add(fault, method, FaultRegistry.ALWAYS);
  }
}
