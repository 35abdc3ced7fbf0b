/**
 * Jackson support of the runtime: the JSON settings every answer and request is read and written with.
 */
@NullMarked
package io.b24rest.runtime.json;

import org.jspecify.annotations.NullMarked;
