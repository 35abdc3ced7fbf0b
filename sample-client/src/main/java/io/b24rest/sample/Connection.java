package io.b24rest.sample;

/** Where the client sends its calls. */
sealed interface Connection {

  /**
   * An inbound webhook; the URL holds the secret.
   *
   * @param url the webhook URL
   */
  record Webhook(String url) implements Connection {
    @Override
    public String toString() {
      return "Webhook[***]";
    }
  }

  /**
   * An OAuth application's access token for a portal.
   *
   * @param portalUrl the portal's address
   * @param accessToken the token sent in the {@code auth} field
   */
  record OAuth(String portalUrl, String accessToken) implements Connection {
    @Override
    public String toString() {
      return "OAuth[" + portalUrl + ", ***]";
    }
  }

  /** No connection given: an in-process fake portal (the testkit) serves the calls. */
  record Embedded() implements Connection {}
}
