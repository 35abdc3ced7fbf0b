/**
 * The Maven plugin for a project's own spec files ({@code b24:track-specs}): it keeps the API that
 * the annotation processor generates from them in step with the files between builds.
 */
@NullMarked
package io.b24rest.maven;

import org.jspecify.annotations.NullMarked;
