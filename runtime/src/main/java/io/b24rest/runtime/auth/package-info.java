/** OAuth tokens, their single-flight refresh and the Bitrix24 OAuth server refresher. */
package io.b24rest.runtime.auth;
