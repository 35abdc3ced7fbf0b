/**
 * Lazy, bounded walks over paged list methods, by page number or by cursor.
 */
@NullMarked
package io.b24rest.core.paging;

import org.jspecify.annotations.NullMarked;
