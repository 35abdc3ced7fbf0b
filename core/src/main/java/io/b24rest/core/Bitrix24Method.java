package io.b24rest.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated API method with the Bitrix24 method it calls, so that the runtime can tell
 * reads from writes (retries, Idempotency-Key) without parsing URLs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Bitrix24Method {
  /** The REST method name, for example {@code humanresources.node.communication.list}. */
  String name();

  /** Whether the method reads or writes. */
  MethodKind kind();
}
