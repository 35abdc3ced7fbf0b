/**
 * REST 3.0 filters: conditions and OR groups, written to and read from the JSON array the {@code filter} param takes.
 */
@NullMarked
package io.b24rest.core.filter;

import org.jspecify.annotations.NullMarked;
