package io.b24rest.sample;

import io.b24rest.api.humanresources.Communication;
import io.b24rest.api.humanresources.NodeCommunicationListResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Renders a {@link NodeCommunicationListResult} as an aligned plain-text table. */
final class CommunicationTable {
  private static final List<String> HEADER = List.of("TYPE", "ID", "TITLE", "SUBTITLE", "ACCESS");
  private static final String GAP = "  ";

  private CommunicationTable() {}

  /**
   * One row a communication (chats, then channels, then collabs), then the counts of those the
   * user cannot access.
   */
  static String render(NodeCommunicationListResult result) {
    List<List<String>> rows = new ArrayList<>();
    addRows(rows, "chat", result.chats());
    addRows(rows, "channel", result.channels());
    addRows(rows, "collab", result.collabs());
    StringBuilder text = new StringBuilder();
    if (rows.isEmpty()) {
      text.append("No chats, channels or collabs.\n");
    } else {
      rows.add(0, HEADER);
      appendAligned(text, rows);
    }
    text.append('\n')
        .append("Not accessible: ")
        .append(count(result.chatsNoAccess()))
        .append(" chats, ")
        .append(count(result.channelsNoAccess()))
        .append(" channels, ")
        .append(count(result.collabsNoAccess()))
        .append(" collabs\n");
    return text.toString();
  }

  private static void addRows(
      List<List<String>> rows, String listKind, @Nullable List<Communication> communications) {
    if (communications == null) {
      return;
    }
    for (Communication c : communications) {
      // The item's own type wins: the list it came in only says what it should be.
      String type =
          c.type() == null || !c.type().isKnown()
              ? listKind
              : c.type().value().toLowerCase(Locale.ROOT);
      rows.add(
          List.of(
              type,
              c.id() == null ? "-" : c.id().toString(),
              text(c.title()),
              text(c.subtitle()),
              c.hasAccess() == null ? "-" : c.hasAccess() ? "yes" : "no"));
    }
  }

  private static void appendAligned(StringBuilder text, List<List<String>> rows) {
    int[] widths = new int[HEADER.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(cell);
        if (i < row.size() - 1) {
          line.append(" ".repeat(widths[i] - cell.length())).append(GAP);
        }
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static String text(@Nullable String value) {
    return value == null || value.isBlank() ? "-" : value.replaceAll("\\s+", " ").strip();
  }

  private static String count(@Nullable Long value) {
    return value == null ? "0" : value.toString();
  }
}
