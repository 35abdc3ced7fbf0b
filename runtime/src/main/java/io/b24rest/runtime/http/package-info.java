/** The HTTP failures a caller may meet as the cause of a call's exception. */
@NullMarked
package io.b24rest.runtime.http;

import org.jspecify.annotations.NullMarked;
