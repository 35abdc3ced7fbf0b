/**
 * A fake Bitrix24 portal for tests: an in-process REST 3.0 emulator driven by the same spec files
 * the client is generated from.
 *
 * <p>Start one with {@link io.b24rest.testkit.FakeBitrix24Portal#builder()}, or let JUnit 5 do it
 * with {@link io.b24rest.testkit.FakeBitrix24PortalExtension}. The portal validates request bodies
 * against the specs, answers with the documented examples or with data a test registers, emulates
 * the rate and operating limits, injects faults and records every request.
 */
package io.b24rest.testkit;
