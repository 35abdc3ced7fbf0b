/**
 * Decoding answers into results and typed exceptions; the exception boundary of every call.
 *
 * <p>Internal: not part of the API, may change without notice.
 */
@NullMarked
package io.b24rest.runtime.internal.error;

import org.jspecify.annotations.NullMarked;
