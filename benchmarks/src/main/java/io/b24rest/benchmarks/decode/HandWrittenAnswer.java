package io.b24rest.benchmarks.decode;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The decode baseline: what a developer would write by hand for the seed's answer, plain Jackson
 * POJOs with public fields, the same shape as the generated records (including an enum for {@code
 * type}).
 */
public final class HandWrittenAnswer {
  /** The method's result. */
  public Result result;

  /** The {@code time} block. */
  public Time time;

  /** {@code result} of humanresources.node.communication.list. */
  public static final class Result {
    /** Chats. */
    public List<Communication> chats;
    /** Chats the user cannot see. */
    public Long chatsNoAccess;
    /** Channels. */
    public List<Communication> channels;
    /** Channels the user cannot see. */
    public Long channelsNoAccess;
    /** Collabs. */
    public List<Communication> collabs;
    /** Collabs the user cannot see. */
    public Long collabsNoAccess;
  }

  /** One chat, channel or collab. */
  public static final class Communication {
    /** Avatar link. */
    public String avatar;
    /** Colour. */
    public String color;
    /** Dialog id. */
    public String dialogId;
    /** Whether the user has access. */
    public Boolean hasAccess;
    /** Id. */
    public Long id;
    /** Whether it is an extranet communication. */
    public Boolean isExtranet;
    /** Original node id. */
    public Long originalNodeId;
    /** Subtitle. */
    public String subtitle;
    /** Title. */
    public String title;
    /** Kind. */
    public Type type;
  }

  /** Kind of communication. */
  public enum Type {
    /** chat */
    CHAT,
    /** channel */
    CHANNEL,
    /** collab */
    COLLAB
  }

  /** The {@code time} block. */
  public static final class Time {
    /** Start, Unix seconds. */
    public Double start;
    /** Finish, Unix seconds. */
    public Double finish;
    /** Duration, seconds. */
    public Double duration;
    /** Processing, seconds. */
    public Double processing;
    /** Start as ISO-8601. */
    @JsonProperty("date_start")
    public String dateStart;
    /** Finish as ISO-8601. */
    @JsonProperty("date_finish")
    public String dateFinish;
    /** Operating reset, Unix seconds. */
    @JsonProperty("operating_reset_at")
    public Long operatingResetAt;
    /** Operating time used, seconds. */
    public Double operating;
  }
}
