package io.b24rest.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * A real redis-server (the binary embedded-redis ships) on a free loopback port, which a test can
 * stop and start again on the same port. If none can be started the test fails and says why: no
 * Redis test is skipped.
 */
public final class EmbeddedRedis implements AutoCloseable {
  /** The password the server requires (a test checks that it is never logged). */
  public static final String PASSWORD = "s3cr3t-Redis-pass";

  private final int port;
  private final RedisServer server;

  /**
   * Starts a server.
   *
   * @throws AssertionError if it could not be started, with the reason
   */
  public EmbeddedRedis() {
    try {
      port = freePort();
      server =
          RedisServer.newRedisServer()
              .bind("127.0.0.1")
              .port(port)
              .setting("requirepass " + PASSWORD)
              .setting("save \"\"")
              .setting("appendonly no")
              .build();
    } catch (IOException e) {
      throw new AssertionError("could not prepare redis-server (embedded-redis): " + e, e);
    }
    start();
  }

  /**
   * Where the server listens, with its password.
   *
   * @return {@code redis://:password@127.0.0.1:port}
   */
  public String uri() {
    return "redis://:" + PASSWORD + "@127.0.0.1:" + port;
  }

  /**
   * Starts the server again (after {@link #stop()}), on the same port.
   *
   * @throws AssertionError if it could not be started, with the reason
   */
  public void start() {
    try {
      server.start();
    } catch (IOException | RuntimeException e) {
      throw new AssertionError(
          "could not start redis-server on 127.0.0.1:" + port + " (embedded-redis 1.4.3 ships"
              + " it for linux-amd64, darwin and windows): " + e,
          e);
    }
  }

  /**
   * Stops the server; {@link #start()} brings it back.
   *
   * @throws AssertionError if it could not be stopped
   */
  public void stop() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new AssertionError("could not stop redis-server: " + e, e);
    }
  }

  /** Stops the server if it runs. */
  @Override
  public void close() {
    if (server.isActive()) {
      stop();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
