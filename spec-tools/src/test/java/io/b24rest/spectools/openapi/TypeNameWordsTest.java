package io.b24rest.spectools.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.b24rest.spectools.SpecTools;
import java.io.PrintWriter;
import java.io.StringWriter;
import io.b24rest.spectools.SharedDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names the document runs together are split where the document itself separates the words. */
class TypeNameWordsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void splitsOnlyIntoWordsTheDocumentSeparates() throws Exception {
    JsonNode document = JSON.readTree(
        "{\"properties\": {\"scopeRequest\": {\"description\": \"The incoming webhook, see rest.app.statuslist.\"},"
            + " \"incomingwebhook\": {}, \"statuslist\": {}}}");
    Vocabulary words = Vocabulary.of(document);

    assertEquals(Optional.of(List.of("scope", "request")), words.split("scoperequest"));
    assertEquals(Optional.of(List.of("incoming", "webhook")), words.split("incomingwebhook"));
    // A one-part key and a dotted name in prose are no evidence of where their words end.
    assertEquals(Optional.empty(), words.split("statuslist"));
    assertEquals(Optional.empty(), words.split(""));
  }

  @Test
  void theImportedTypesOfTheRealDocumentGetWordsOrATodo(@TempDir Path out) throws Exception {
    StringWriter err = new StringWriter();
    String[] args = {"import-openapi", SharedDocs.openApi().toString(), "--method", "rest.incomingwebhook.list",
        "--method", "humanresources.node.get", "--out", out.toString()};
    int exit = SpecTools.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertEquals(0, exit, err.toString());

    String rest = Files.readString(out.resolve("rest/rest.types.yaml"));
    assertTrue(rest.contains("- name: IncomingWebhook\n"), rest);
    assertFalse(rest.contains("split them"), rest);
    // The document never writes "node" as a word of its own: the name stays as it is, with a TODO.
    String humanresources = Files.readString(out.resolve("humanresources/humanresources.types.yaml"));
    assertTrue(humanresources.contains("the document does not show the words of node"), humanresources);
  }
}
