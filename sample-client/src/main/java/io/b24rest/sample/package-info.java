/**
 * The sample command-line client: {@code communications}, {@code call} and {@code methods} over
 * the generated typed client, against a real portal or an embedded fake portal (the testkit).
 * Entry point: {@link io.b24rest.sample.SampleClient}.
 */
package io.b24rest.sample;
