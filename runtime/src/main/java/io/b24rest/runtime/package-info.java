/** The hand-written client under the generated Bitrix24 API. */
package io.b24rest.runtime;
