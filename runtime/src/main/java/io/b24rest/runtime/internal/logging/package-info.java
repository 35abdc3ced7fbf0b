/**
 * Secret redaction and the redacting Feign logger.
 *
 * <p>Internal: not part of the API, may change without notice.
 */
@NullMarked
package io.b24rest.runtime.internal.logging;

import org.jspecify.annotations.NullMarked;
