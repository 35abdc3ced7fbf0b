package io.b24rest.runtime.ratelimit;

import java.util.OptionalLong;

/** Where the methods blocked by the operating limit are kept: this JVM, or a shared store. */
public interface MethodBlocks {

  /** Blocks {@code method} until {@code epochSecond}; a later block already recorded stays. */
  void block(String method, long epochSecond);

  /** The end of {@code method}'s block, if it lies in the future. */
  OptionalLong blockedUntil(String method);
}
