/** Secret redaction and the redacting Feign logger. */
@NullMarked
package io.b24rest.runtime.logging;

import org.jspecify.annotations.NullMarked;
