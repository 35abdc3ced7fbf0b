/**
 * Not API: helpers that the spec reader and the spec processor share. They may change in any
 * release; depend on {@code io.b24rest.spec.model}, {@code reader}, {@code validation} and {@code
 * compiled} instead.
 */
package io.b24rest.spec.internal;
