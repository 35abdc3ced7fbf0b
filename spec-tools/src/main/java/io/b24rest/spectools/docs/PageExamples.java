package io.b24rest.spectools.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.b24rest.spectools.draft.Json;
import io.b24rest.spectools.yfm.Block;
import io.b24rest.spectools.yfm.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON a page shows: the webhook cURL request and the answers with their HTTP status. */
final class PageExamples {
  private static final ObjectMapper JSON = Json.exactMapper();
  private static final Pattern STATUS = Pattern.compile("(?i)HTTP status:?\\s*\\*\\*(\\d{3})");
  private static final Pattern CURL_BODY = Pattern.compile("(?s)-d\\s+'(.*?)'\\s*(?:\\\\|\\n|$)");

  record Answer(int status, JsonNode body) {}

  final List<String> repaired = new ArrayList<>();

  /** The body of the webhook cURL example ({@code -d '...'}), or of any cURL example. */
  Optional<JsonNode> request(Section page) {
    List<Block.Tab> tabs = page.deepBlocks()
        .filter(Block.Tabs.class::isInstance)
        .flatMap(block -> ((Block.Tabs) block).tabs().stream())
        .filter(tab -> tab.label().toLowerCase().contains("curl"))
        .sorted((a, b) -> Boolean.compare(!a.label().contains("Webhook"), !b.label().contains("Webhook")))
        .toList();
    for (Block.Tab tab : tabs) {
      for (Block block : tab.blocks()) {
        if (block instanceof Block.Code code) {
          Matcher body = CURL_BODY.matcher(code.text());
          if (body.find()) {
            Optional<JsonNode> json = parse(body.group(1), "request");
            if (json.isPresent()) {
              return json;
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static final Pattern CALLED = Pattern.compile("/rest/api/(?:[^\\s/]+/[^\\s/]+/)?([a-z][\\w]*(?:\\.[\\w]+)+)");

  /** The method the page's cURL examples call ({@code .../rest/api/<user>/<secret>/<method>}). */
  Optional<String> calledMethod(Section page) {
    return page.deepBlocks()
        .filter(Block.Code.class::isInstance)
        .map(block -> CALLED.matcher(((Block.Code) block).text()))
        .filter(Matcher::find)
        .map(matcher -> matcher.group(1))
        .findFirst();
  }

  /** Every JSON code block of a section with the HTTP status written before it. */
  List<Answer> answers(Section section, int defaultStatus) {
    List<Answer> answers = new ArrayList<>();
    int status = defaultStatus;
    for (Block block : section.deepBlocks().toList()) {
      if (block instanceof Block.Paragraph paragraph) {
        Matcher matcher = STATUS.matcher(paragraph.text());
        if (matcher.find()) {
          status = Integer.parseInt(matcher.group(1));
        }
      } else if (block instanceof Block.Code code && code.language().toLowerCase().startsWith("json")) {
        final int answerStatus = status;
        parse(code.text(), "answer " + status).ifPresent(json -> answers.add(new Answer(answerStatus, json)));
      }
    }
    return answers;
  }

  private Optional<JsonNode> parse(String text, String what) {
    try {
      return Optional.of(JSON.readTree(text));
    } catch (IOException notJson) {
      JsonRepair.Repaired fixed = JsonRepair.repair(text);
      try {
        JsonNode json = JSON.readTree(fixed.json());
        repaired.add(what);
        return Optional.of(json);
      } catch (IOException stillNotJson) {
        return Optional.empty();
      }
    }
  }
}
