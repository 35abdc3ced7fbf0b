/** OAuth tokens, their single-flight refresh and the Bitrix24 OAuth server refresher. */
@NullMarked
package io.b24rest.runtime.auth;

import org.jspecify.annotations.NullMarked;
