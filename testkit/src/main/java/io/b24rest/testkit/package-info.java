/** A spec-driven fake Bitrix24 portal for tests. */
package io.b24rest.testkit;
