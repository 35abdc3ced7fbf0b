/**
 * The types generated APIs and the runtime share: requests, answers, the exception hierarchy and the annotations that drive generation.
 */
@NullMarked
package io.b24rest.core;

import org.jspecify.annotations.NullMarked;
