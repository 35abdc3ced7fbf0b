/**
 * Portal addresses, loopback rules, call deadlines and the JDK-based Feign client.
 *
 * <p>Internal: not part of the API, may change without notice.
 */
@NullMarked
package io.b24rest.runtime.internal.http;

import org.jspecify.annotations.NullMarked;
