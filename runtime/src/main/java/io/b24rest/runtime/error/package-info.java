/** Decoding answers into results and typed exceptions; the exception boundary of every call. */
package io.b24rest.runtime.error;
