/**
 * The hand-written client under the generated Bitrix24 API.
 *
 * <p>Start with {@link io.b24rest.runtime.Bitrix24Client#webhook(String)} or {@link
 * io.b24rest.runtime.Bitrix24Client#oauth(String, io.b24rest.runtime.auth.OAuthTokens)}, configure
 * the {@link io.b24rest.runtime.Bitrix24ClientBuilder}, {@code build()} once per portal and
 * credential, and get the generated interfaces with {@code client.api(SomeApi.class)}.
 *
 * <p>What every call does, in order:
 *
 * <ol>
 *   <li>write the request record as JSON; add the OAuth {@code auth} field and, for a write, one
 *       {@code Idempotency-Key} per logical call ({@code retry.IdempotencyInterceptor});
 *   <li>take a token from the portal's shared Bucket4j bucket ({@code ratelimit});
 *   <li>send it with the JDK HTTP client ({@code http.JdkHttpClient}), logging through the
 *       redacting SLF4J logger ({@code logging});
 *   <li>decode the answer into {@code ApiResponse<T>}, or into the typed exception of its error
 *       code, or into a {@code Bitrix24ProtocolException} ({@code error});
 *   <li>on failure, let {@code retry.Bitrix24Retryer} decide: back off after rate limits, wait out
 *       the operating limit, refresh an expired token once, repeat reads (and keyed writes) after
 *       5xx and dropped connections — or throw.
 * </ol>
 *
 * <p>Nothing but a {@code io.b24rest.core.Bitrix24Exception} leaves a call ({@code
 * error.ExceptionBoundary}). Default methods of an API interface (the generated {@code listAll} and
 * the like, which walk every page of a list lazily) run as Java code over its other methods; the
 * bulk {@code listAll} asks {@code BulkListApi.listReader()}, which the boundary answers with a
 * reader that sends the pages as REST 3.0 batches of this client.
 *
 * <p>{@link io.b24rest.runtime.Bitrix24Client#batch()} sends up to 50 calls as one REST 3.0 batch
 * through the same pipeline, each with its typed result or typed exception ({@link
 * io.b24rest.runtime.BatchCall}).
 */
@NullMarked
package io.b24rest.runtime;

import org.jspecify.annotations.NullMarked;
