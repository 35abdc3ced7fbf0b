/** Portal addresses, loopback rules and the JDK-based Feign client. */
package io.b24rest.runtime.http;
