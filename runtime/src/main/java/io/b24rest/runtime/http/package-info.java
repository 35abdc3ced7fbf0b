/** Portal addresses, loopback rules and the JDK-based Feign client. */
@NullMarked
package io.b24rest.runtime.http;

import org.jspecify.annotations.NullMarked;
