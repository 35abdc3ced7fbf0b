package io.b24rest.runtime;

/**
 * One element of a REST 3.0 batch body: {@code {"method": "...", "query": {...}}}, the query being
 * the call's request record as it would be sent alone.
 *
 * @param method the REST method name
 * @param query the request record
 */
record BatchEntry(String method, Object query) {}
