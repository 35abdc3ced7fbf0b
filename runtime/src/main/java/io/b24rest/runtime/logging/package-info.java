/** Secret redaction and the redacting Feign logger. */
package io.b24rest.runtime.logging;
