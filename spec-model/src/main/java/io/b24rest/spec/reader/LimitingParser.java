package io.b24rest.spec.reader;

import java.util.Optional;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A YAML event stream that refuses what a spec never needs but a hostile or broken file could
 * use to exhaust the reader: nesting deeper than {@link #MAX_DEPTH} (the composer recurses once a
 * level) and aliases (which could multiply a small file into a huge tree).
 */
final class LimitingParser implements Parser {
  /** Far deeper than any spec goes, far shallower than what could overflow the stack. */
  static final int MAX_DEPTH = 64;

  private final Parser delegate;
  private int depth;

  LimitingParser(Parser delegate) {
    this.delegate = delegate;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return delegate.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return delegate.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return delegate.hasNext();
  }

  @Override
  public Event next() {
    Event event = delegate.next();
    switch (event.getEventId()) {
      case SequenceStart, MappingStart -> {
        depth++;
        if (depth > MAX_DEPTH) {
          throw new Refused(
              event.getStartMark(),
              "the YAML is nested more than " + MAX_DEPTH + " levels deep",
              "flatten the structure; a spec needs only a few levels");
        }
      }
      case SequenceEnd, MappingEnd -> depth--;
      case Alias -> throw new Refused(
          event.getStartMark(),
          "YAML aliases (*name) are not supported in specs",
          "write the value out in full instead of referring to an anchor");
      default -> {
        // Scalars, documents and stream events need no limit.
      }
    }
    return event;
  }

  /** A limit hit, with where and how to fix it. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Optional<Mark> mark;
    private final String fix;

    Refused(Optional<Mark> mark, String problem, String fix) {
      super(problem, null, false, false);
      this.mark = mark;
      this.fix = fix;
    }

    Optional<Mark> mark() {
      return mark;
    }

    String fix() {
      return fix;
    }
  }
}
