/**
 * The request body encoder of the client's Feign proxies.
 *
 * <p>Internal: not part of the API, may change without notice.
 */
@NullMarked
package io.b24rest.runtime.internal.json;

import org.jspecify.annotations.NullMarked;
