package io.b24rest.testkit;

import java.time.Duration;

/**
 * What one request may cost the portal as a server, so that a slow or huge client cannot take it
 * from the others.
 *
 * @param bodyReadTimeout how long the body of one request may take to arrive
 * @param maxRequestBytes the largest request body read; a larger one gets 413
 * @param keptBodyChars how much of each body the journal keeps as text; a longer body is kept cut
 *     and without its parsed tree
 * @param keptBodyCharsInAll how much body text the journal keeps over all its requests; past it the
 *     oldest requests go first
 * @param maxConnections how many requests are read or answered at once, each on a thread of its
 *     own; a connection whose request would be one more is closed unanswered
 */
record ServerLimits(
    Duration bodyReadTimeout,
    long maxRequestBytes,
    int keptBodyChars,
    long keptBodyCharsInAll,
    int maxConnections) {}
