package io.b24rest.spectools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-docs declares a shape the pages of one scope repeat once, in {@code <scope>.types.yaml}. */
class SharedTypesImportTest {
  private static final List<String> PAGES = List.of(
      "mail/mailbox/mail-mailbox-field-list.md", "mail/message/mail-message-field-list.md");

  @Test
  void aShapeTwoPagesShareBecomesANamedTypeOfTheScope(@TempDir Path out) throws Exception {
    CommandLineTest.Run run = importPages(out);

    assertEquals(0, run.exit(), run.err());
    String types = Files.readString(out.resolve("mail/mail.types.yaml"));
    assertTrue(types.contains("scope: mail") && types.contains("  - name: Field\n"), types);
    assertTrue(types.contains("# TODO: the importer named this shape, shared by mail.mailbox.field.list (items),"
        + " mail.message.field.list (items)"), types);
    for (String method : List.of("mail.mailbox.field.list", "mail.message.field.list")) {
      String spec = Files.readString(out.resolve("mail/" + method + ".yaml"));
      assertTrue(spec.contains("type: \"array<Field>\""), spec);
    }
  }

  @Test
  void anExistingTypesFileIsNotOverwritten(@TempDir Path out) throws Exception {
    Path types = out.resolve("mail/mail.types.yaml");
    Files.createDirectories(types.getParent());
    Files.writeString(types, "# curated\n");

    CommandLineTest.Run run = importPages(out);

    assertEquals(0, run.exit(), run.err());
    assertEquals("# curated\n", Files.readString(types));
    assertTrue(run.err().contains("mail.types.yaml exists, so shapes the mail drafts share stay inline"), run.err());
    assertTrue(Files.readString(out.resolve("mail/mail.mailbox.field.list.yaml")).contains("type: \"array<object>\""));
  }

  private static CommandLineTest.Run importPages(Path out) {
    List<String> args = new ArrayList<>(List.of("import-docs"));
    PAGES.forEach(page -> args.add(SharedDocs.docs().resolve("api-reference").resolve(page).toString()));
    args.addAll(List.of("--out", out.toString()));
    return CommandLineTest.run(args.toArray(String[]::new));
  }
}
