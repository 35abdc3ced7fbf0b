package io.b24rest.testkit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/** Everything one portal knows and remembers, shared by its HTTP handler and its public API. */
final class PortalState {
  final SpecLookup spec;
  final RequestValidator validator;
  final Credentials credentials;
  final OAuthApplication oauthApplication;
  final Optional<LeakyBucket> rateLimit;
  final OperatingLimiter operatingLimit;
  final StubRegistry stubs = new StubRegistry();
  final FaultRegistry faults = new FaultRegistry();
  final RequestJournal journal;
  final IdempotencyStore idempotency = new IdempotencyStore();
  final AnswerCounter answers = new AnswerCounter();
  final Clock clock;
  final ZoneId zone;

  PortalState(
      SpecLookup spec,
      Credentials credentials,
      OAuthApplication oauthApplication,
      Optional<LeakyBucket> rateLimit,
      OperatingLimiter operatingLimit,
      RequestJournal journal,
      Clock clock,
      ZoneId zone) {
    this.spec = spec;
    this.validator = new RequestValidator(spec);
    this.credentials = credentials;
    this.oauthApplication = oauthApplication;
    this.rateLimit = rateLimit;
    this.operatingLimit = operatingLimit;
    this.journal = journal;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * Back to the state right after start: no requests, stubs, faults, limits used, tokens expired or
   * renewed.
   */
  void reset() {
    stubs.clear();
    faults.clear();
    journal.clear();
    idempotency.clear();
    answers.clear();
    rateLimit.ifPresent(LeakyBucket::reset);
    operatingLimit.reset();
    credentials.reset();
    oauthApplication.reset();
  }
}
