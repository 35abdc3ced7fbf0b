/**
 * How the client holds OAuth tokens (single-flight refresh) and puts them on each request.
 *
 * <p>Internal: not part of the API, may change without notice.
 */
@NullMarked
package io.b24rest.runtime.internal.auth;

import org.jspecify.annotations.NullMarked;
