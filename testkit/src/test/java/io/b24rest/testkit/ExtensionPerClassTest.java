package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @ExtendWith}: one portal for the class, with the default specs' configuration, reset
 * between tests.
 */
@ExtendWith(FakeBitrix24PortalExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionPerClassTest {
  private static FakeBitrix24Portal fromFirstTest;

  @Test
  @Order(1)
  void aRunningPortalIsInjected(FakeBitrix24Portal portal) {
    assertTrue(portal.isRunning());
    assertTrue(portal.webhookUrl().startsWith("http://127.0.0.1:"));
    portal.expireToken();
    fromFirstTest = portal;
  }

  @Test
  @Order(2)
  void theSamePortalServesTheNextTestFromACleanState(FakeBitrix24Portal portal) {
    assertSame(fromFirstTest, portal);
    assertTrue(portal.isRunning());
    assertEquals(FakeBitrix24PortalBuilder.DEFAULT_ACCESS_TOKEN, portal.accessToken());
    assertEquals(0, portal.requestCount());
  }
}
