package io.b24rest.ratelimit.redis;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCredentials;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection to Redis and whether shared pacing can use it. A daemon thread checks it twice a
 * second (connects, reconnects after a restart, and counts the live instances through a heartbeat
 * in a sorted set); a failed command anywhere switches every pacer of this link to local pacing
 * at once, with one WARN line per outage, and the next good check switches them back.
 */
final class RedisLink implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RedisPacing.class);
  private static final RedisCodec<String, byte[]> CODEC =
      RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
  private static final long CHECK_MILLIS = 500;
  private static final long INSTANCE_TTL_MILLIS = 5_000;

  /** What the pacers see: whether Redis is usable, and which stretch of up or down time it is. */
  record State(
      boolean up,
      long epoch,
      @Nullable String runId,
      int instances,
      @Nullable ProxyManager<String> buckets,
      @Nullable RedisAsyncCommands<String, byte[]> commands) {}

  private final RedisClient client;
  private final boolean ownsClient;
  private final RedisURI uri;
  private final String where;
  private final @Nullable String password;
  private final Duration timeout;
  private final String instancesKey;
  private final String instanceId;
  private final ScheduledExecutorService checker;
  private final Object lock = new Object();

  private volatile State state = new State(false, 0, null, 1, null, null);
  private @Nullable StatefulRedisConnection<String, byte[]> connection;
  private boolean warned;
  private boolean closed;
  private boolean everFailed;
  private int failedChecks;

  RedisLink(
      RedisClient client,
      boolean ownsClient,
      RedisURI uri,
      Duration timeout,
      String instancesKey,
      String instanceId) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.uri = uri;
    this.where = where(uri);
    this.password = passwordOf(uri);
    this.timeout = timeout;
    this.instancesKey = instancesKey;
    this.instanceId = instanceId;
    this.checker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "b24-redis-pacing");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Connecting takes longer than a command the first time (a cold JVM loads Netty): the command
   * timeout, but at least 3 s.
   */
  private Duration connectTimeout() {
    Duration least = Duration.ofSeconds(3);
    return timeout.compareTo(least) > 0 ? timeout : least;
  }

  /** Connects (waiting at most the connect timeout for it) and starts the checks. */
  void start() {
    var first = checker.submit(this::check);
    try {
      first.get(connectTimeout().toMillis() + timeout.toMillis() * 6, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // The checks go on; pacing is local until Redis answers.
    }
    checker.scheduleWithFixedDelay(this::check, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
  }

  State state() {
    return state;
  }

  /** Whether this link ever lost Redis: a bucket it has to create anew then starts empty. */
  boolean everFailed() {
    synchronized (lock) {
      return everFailed;
    }
  }

  /** Waits for a command's answer, at most the command timeout. */
  <T> T await(CompletionStage<T> command) throws RedisUnavailableException {
    try {
      return command.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RedisUnavailableException(e);
    } catch (ExecutionException e) {
      throw new RedisUnavailableException(e.getCause() == null ? e : e.getCause());
    } catch (TimeoutException | RuntimeException e) {
      throw new RedisUnavailableException(e);
    }
  }

  /** Runs {@code command} against the current connection; a failure switches to local pacing. */
  <T> @Nullable T run(Function<RedisAsyncCommands<String, byte[]>, CompletionStage<T>> command) {
    State s = state;
    if (!s.up() || s.commands() == null) {
      return null;
    }
    try {
      return await(command.apply(s.commands()));
    } catch (RedisUnavailableException e) {
      failed(s.epoch(), e.getCause());
      return null;
    }
  }

  /** A command of epoch {@code epoch} failed: go local, if that has not happened yet. */
  void failed(long epoch, Throwable why) {
    synchronized (lock) {
      State s = state;
      if (s.epoch() != epoch || !s.up()) {
        return;
      }
      goDown(s, why);
    }
  }

  private void check() {
    try {
      StatefulRedisConnection<String, byte[]> c;
      synchronized (lock) {
        c = connection;
      }
      if (c == null) {
        c = connect();
        if (c == null) {
          return;
        }
      }
      RedisAsyncCommands<String, byte[]> commands = c.async();
      long now = System.currentTimeMillis();
      await(commands.zadd(instancesKey, (double) now, bytes(instanceId)));
      await(commands.pexpire(instancesKey, INSTANCE_TTL_MILLIS * 2));
      await(commands.zremrangebyscore(instancesKey, Range.create(0L, now - INSTANCE_TTL_MILLIS)));
      long instances = await(commands.zcard(instancesKey));
      String runId = runId(await(commands.info("server")));
      synchronized (lock) {
        failedChecks = 0;
        State s = state;
        int n = (int) Math.max(1, Math.min(instances, Integer.MAX_VALUE));
        if (!s.up()) {
          state =
              new State(true, s.epoch() + 1, runId, n, buckets(commands), commands);
          if (warned) {
            LOG.info("Redis at {} answers again: pacing is shared again", where);
          }
          warned = false;
        } else if (n != s.instances()) {
          state = new State(true, s.epoch(), s.runId(), n, s.buckets(), s.commands());
        }
      }
    } catch (RedisUnavailableException e) {
      synchronized (lock) {
        State s = state;
        if (s.up() || !warned) {
          goDown(s, e.getCause());
        }
        if (++failedChecks >= 2 && connection != null) {
          // A restarted server or a dead socket: start over with a new connection.
          connection.closeAsync();
          connection = null;
        }
      }
    } catch (RuntimeException e) {
      LOG.debug("Redis pacing check failed", e);
    }
  }

  private @Nullable StatefulRedisConnection<String, byte[]> connect()
      throws RedisUnavailableException {
    CompletableFuture<StatefulRedisConnection<String, byte[]>> connecting =
        client.connectAsync(CODEC, uri).toCompletableFuture();
    StatefulRedisConnection<String, byte[]> c;
    try {
      c = connecting.get(connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RedisUnavailableException(e);
    } catch (ExecutionException e) {
      throw new RedisUnavailableException(e.getCause() == null ? e : e.getCause());
    } catch (TimeoutException e) {
      connecting.thenAccept(StatefulRedisConnection::closeAsync);
      throw new RedisUnavailableException(e);
    }
    c.setTimeout(timeout);
    synchronized (lock) {
      if (closed) {
        c.closeAsync();
        return null;
      }
      connection = c;
    }
    return c;
  }

  private ProxyManager<String> buckets(RedisAsyncCommands<String, byte[]> commands) {
    return Bucket4jLettuce.casBasedBuilder(commands)
        .requestTimeout(timeout)
        .expirationAfterWrite(
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                Duration.ofSeconds(60)))
        .build();
  }

  private void goDown(State s, @Nullable Throwable why) {
    everFailed = true;
    state = new State(false, s.epoch() + 1, s.runId(), s.instances(), null, null);
    if (!warned) {
      warned = true;
      LOG.warn(
          "Redis at {} is unavailable for shared pacing ({}); pacing locally at 1/{} of each"
              + " portal's budget until it answers again",
          where,
          describe(why),
          s.instances());
    }
  }

  private String describe(@Nullable Throwable why) {
    if (why == null) {
      return "no answer";
    }
    String message = why.getMessage();
    String text =
        why.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    if (password != null && !password.isEmpty()) {
      text = text.replace(password, "***");
    }
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }

  /** Where Redis is, for log lines: scheme, host, port and database, never the credentials. */
  static String where(RedisURI uri) {
    String scheme = uri.isSsl() ? "rediss" : "redis";
    String host = uri.getSocket() != null ? uri.getSocket() : uri.getHost() + ":" + uri.getPort();
    return scheme + "://" + host + "/" + uri.getDatabase();
  }

  /** The password in {@code uri}, to mask it should a message of Lettuce's ever quote it. */
  private static @Nullable String passwordOf(RedisURI uri) {
    try {
      RedisCredentials credentials =
          uri.getCredentialsProvider().resolveCredentials().block(Duration.ofSeconds(1));
      char[] secret = credentials == null ? null : credentials.getPassword();
      return secret == null || secret.length == 0 ? null : new String(secret);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String runId(String info) {
    for (String line : info.split("\r?\n")) {
      if (line.startsWith("run_id:")) {
        return line.substring("run_id:".length()).trim();
      }
    }
    return "";
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    checker.shutdownNow();
    StatefulRedisConnection<String, byte[]> c;
    synchronized (lock) {
      closed = true;
      c = connection;
      connection = null;
      state = new State(false, state.epoch() + 1, null, 1, null, null);
      warned = true; // closing is not an outage
    }
    if (c != null) {
      try {
        c.sync().zrem(instancesKey, bytes(instanceId));
      } catch (RuntimeException e) {
        LOG.debug("could not leave the instance set", e);
      }
      c.close();
    }
    if (ownsClient) {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
  }
}
