/** Typed exceptions for failed calls the caller may catch. */
@NullMarked
package io.b24rest.runtime.error;

import org.jspecify.annotations.NullMarked;
