/**
 * The registries generated code provides to the runtime through {@link java.util.ServiceLoader}: methods and error codes.
 */
@NullMarked
package io.b24rest.core.spi;

import org.jspecify.annotations.NullMarked;
