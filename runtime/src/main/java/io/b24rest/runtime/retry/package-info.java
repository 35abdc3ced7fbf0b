/** Retry and operating-limit policies. */
@NullMarked
package io.b24rest.runtime.retry;

import org.jspecify.annotations.NullMarked;
