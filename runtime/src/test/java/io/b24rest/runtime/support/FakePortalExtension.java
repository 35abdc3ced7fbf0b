package io.b24rest.runtime.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test a fresh {@link FakePortal} and closes it afterwards, so a test class needs no
 * set-up and tear-down of its own. Register it on an instance field:
 *
 * <pre>{@code @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();}</pre>
 *
 * <p>It starts the portal before the class's own {@code @BeforeEach} methods run, so those may
 * already script it.
 */
public final class FakePortalExtension implements BeforeEachCallback, AfterEachCallback {
  private FakePortal portal;

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    portal = new FakePortal();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (portal != null) {
      portal.close();
      portal = null;
    }
  }

  /** The portal of the running test. */
  public FakePortal portal() {
    if (portal == null) {
      throw new IllegalStateException("no test is running: the portal starts before each test");
    }
    return portal;
  }
}
