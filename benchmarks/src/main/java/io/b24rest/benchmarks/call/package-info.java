/**
 * Benchmark 2: a full call over loopback through the generated Feign client, against the JDK
 * HttpClient and Jackson.
 */
package io.b24rest.benchmarks.call;
