package io.b24rest.testkit;

/** How a request was addressed, by its path. */
public enum AuthMode {
  /** {@code /rest/api/{userId}/{secret}/{method}}: an inbound webhook. */
  WEBHOOK,
  /** {@code /rest/api/{method}} with the access token in the {@code auth} field of the body. */
  OAUTH,
  /** A path that is neither: the portal answered 404. */
  NONE
}
