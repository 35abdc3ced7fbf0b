package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An instance field: a new portal for each test, closed after it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionPerTestTest {
  private static FakeBitrix24Portal fromFirstTest;

  @RegisterExtension
  final FakeBitrix24PortalExtension extension =
      new FakeBitrix24PortalExtension(FakeBitrix24Portal.builder().spec(TestSpecs.model()));

  private final PortalClient client = new PortalClient();

  @Test
  @Order(1)
  void aRunningPortalIsInjected(FakeBitrix24Portal portal) throws Exception {
    assertSame(extension.portal(), portal);
    assertTrue(portal.isRunning());
    assertEquals(200, client.post(portal.webhookUrl() + TestSpecs.PING, "{}").status());
    fromFirstTest = portal;
  }

  @Test
  @Order(2)
  void thePortalOfTheLastTestWasClosedAndThisOneIsNew(FakeBitrix24Portal portal) throws Exception {
    assertFalse(fromFirstTest.isRunning());
    assertNotEquals(fromFirstTest, portal);
    assertThrows(
        IOException.class, () -> client.post(fromFirstTest.webhookUrl() + TestSpecs.PING, "{}"));
    assertEquals(0, portal.requestCount());
  }
}
