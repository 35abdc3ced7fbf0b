package io.b24rest.testkit;

import feign.Capability;
import feign.Client;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Feign capability that counts the HTTP attempts of a client. Public because Feign calls a
 * capability's {@code enrich} methods by reflection.
 */
public final class CountingCapability implements Capability {
  final AtomicInteger attempts = new AtomicInteger();

  @Override
  public Client enrich(Client client) {
    return (request, options) -> {
      attempts.incrementAndGet();
      return client.execute(request, options);
    };
  }
}
