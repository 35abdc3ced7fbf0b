package io.b24rest.testkit;

import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link FakeBitrix24Portal} for JUnit 5 tests and closes it afterwards.
 *
 * <p>Three ways to use it:
 *
 * <pre>{@code
 * // One portal per test class, reset before each test:
 * @RegisterExtension
 * static final FakeBitrix24PortalExtension PORTAL =
 *     new FakeBitrix24PortalExtension(FakeBitrix24Portal.builder().webhook(7, "s3cret"));
 *
 * // One portal per test:
 * @RegisterExtension
 * final FakeBitrix24PortalExtension portal = new FakeBitrix24PortalExtension();
 *
 * // Default configuration, injected: one portal per class, reset before each test.
 * @ExtendWith(FakeBitrix24PortalExtension.class)
 * class MyTest {
 *   @Test
 *   void calls(FakeBitrix24Portal portal) { ... }
 * }
 * }</pre>
 *
 * <p>A test method parameter of type {@link FakeBitrix24Portal} receives the running portal in
 * every case. {@link #portal()} gives it too; with tests running in parallel prefer the parameter.
 */
public final class FakeBitrix24PortalExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeBitrix24PortalExtension.class);
  private static final String CLASS_PORTAL = "classPortal";
  private static final String TEST_PORTAL = "testPortal";

  private final Supplier<FakeBitrix24Portal> factory;
  private volatile FakeBitrix24Portal current;

  /** Portals with every default of {@link FakeBitrix24Portal#builder()}. */
  public FakeBitrix24PortalExtension() {
    this(FakeBitrix24Portal.builder());
  }

  /** Portals built by {@code builder}, which may be configured further until the tests start. */
  public FakeBitrix24PortalExtension(FakeBitrix24PortalBuilder builder) {
    Objects.requireNonNull(builder, "builder");
    this.factory = builder::start;
  }

  /**
   * The running portal.
   *
   * @throws IllegalStateException outside a test
   */
  public FakeBitrix24Portal portal() {
    FakeBitrix24Portal portal = current;
    if (portal == null) {
      throw new IllegalStateException("no portal is running: portal() is for use inside tests");
    }
    return portal;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    FakeBitrix24Portal portal = factory.get();
    context.getStore(NAMESPACE).put(CLASS_PORTAL, portal);
    current = portal;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    closeOwn(context, CLASS_PORTAL);
    closeOwn(context, TEST_PORTAL);
    current = find(context); // an enclosing class's portal, when a nested class ends
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    FakeBitrix24Portal portal = find(context);
    if (portal == null) {
      portal = startForTest(context);
    } else {
      // A class-wide portal: each test starts from a clean state.
      portal.reset();
    }
    current = portal;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (closeOwn(context, TEST_PORTAL)) {
      current = find(context);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FakeBitrix24Portal.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    FakeBitrix24Portal portal = find(context);
    return portal != null ? portal : startForTest(context);
  }

  private FakeBitrix24Portal startForTest(ExtensionContext context) {
    FakeBitrix24Portal portal = factory.get();
    context.getStore(NAMESPACE).put(TEST_PORTAL, portal);
    current = portal;
    return portal;
  }

  /** The portal of this test or of an enclosing class; stores look up their parents. */
  private static FakeBitrix24Portal find(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    FakeBitrix24Portal portal = store.get(TEST_PORTAL, FakeBitrix24Portal.class);
    return portal != null ? portal : store.get(CLASS_PORTAL, FakeBitrix24Portal.class);
  }

  /** Closes the portal this context started under {@code key}, if any. */
  private static boolean closeOwn(ExtensionContext context, String key) {
    FakeBitrix24Portal portal = context.getStore(NAMESPACE).remove(key, FakeBitrix24Portal.class);
    if (portal == null) {
      return false;
    }
    portal.close();
    return true;
  }
}
