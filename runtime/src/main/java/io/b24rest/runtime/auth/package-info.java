/**
 * OAuth tokens and their refresh: the token pair, the refresher SPI and the Bitrix24 OAuth server
 * refresher.
 */
@NullMarked
package io.b24rest.runtime.auth;

import org.jspecify.annotations.NullMarked;
