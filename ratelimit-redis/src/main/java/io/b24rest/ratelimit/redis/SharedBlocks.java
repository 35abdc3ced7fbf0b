package io.b24rest.ratelimit.redis;

import io.b24rest.runtime.ratelimit.MethodBlocks;
import io.b24rest.runtime.internal.ratelimit.OperatingBlocks;
import io.lettuce.core.SetArgs;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * The methods the operating limit blocks for one application of one portal: one Redis key per
 * blocked method, holding the epoch second of its {@code operating_reset_at} and expiring then,
 * with a copy in this JVM that also serves while Redis does not answer.
 */
final class SharedBlocks implements MethodBlocks {
  private final RedisLink link;
  private final String keyPrefix;
  private final OperatingBlocks local = new OperatingBlocks();

  SharedBlocks(RedisLink link, String keyPrefix) {
    this.link = link;
    this.keyPrefix = keyPrefix;
  }

  @Override
  public void block(String method, long epochSecond) {
    local.block(method, epochSecond);
    link.run(
        redis ->
            redis.set(
                keyPrefix + method,
                RedisLink.bytes(Long.toString(epochSecond)),
                SetArgs.Builder.pxAt(epochSecond * 1000)));
  }

  @Override
  public OptionalLong blockedUntil(String method) {
    OptionalLong known = local.blockedUntil(method);
    if (known.isPresent()) {
      return known;
    }
    byte[] value = link.run(redis -> redis.get(keyPrefix + method));
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      long until = Long.parseLong(new String(value, StandardCharsets.UTF_8).trim());
      local.block(method, until);
      return local.blockedUntil(method);
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
