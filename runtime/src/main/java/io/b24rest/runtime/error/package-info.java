/** Decoding answers into results and typed exceptions; the exception boundary of every call. */
@NullMarked
package io.b24rest.runtime.error;

import org.jspecify.annotations.NullMarked;
