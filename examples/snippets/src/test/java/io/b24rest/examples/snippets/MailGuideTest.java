package io.b24rest.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

// tag::mail-imports[]
import io.b24rest.api.mail.MailMessage;
import io.b24rest.api.mail.MailSendResult;
import io.b24rest.api.mail.MailboxApi;
import io.b24rest.api.mail.MailboxSender;
import io.b24rest.api.mail.MailboxSendersRequest;
import io.b24rest.api.mail.MessageApi;
import io.b24rest.api.mail.MessageListRequest;
import io.b24rest.api.mail.MessageReplyRequest;
import io.b24rest.api.mail.MessageSendRequest;
import io.b24rest.runtime.Bitrix24Client;
import java.util.List;
// end::mail-imports[]
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import io.b24rest.testkit.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The calls of docs/mail.md, against the answers the testkit serves from the specs' documented
 * examples.
 */
class MailGuideTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  @Test
  void sendsAMailFromAnAvailableSender(FakeBitrix24Portal portal) {
    Bitrix24Client client = portal.clientBuilder().build();
    // tag::mail-send[]
    // the addresses the current user may send from
    List<MailboxSender> senders = client.api(MailboxApi.class)
        .sendersAll(MailboxSendersRequest.builder().build()).toList();
    MailSendResult sent = client.api(MessageApi.class).send(MessageSendRequest.builder()
            .from(senders.get(0).email())
            .to(List.of("client@example.com"))
            .subject("Business Proposal")
            .body("Hello. I am sending the materials.")   // plain text or basic HTML
            .build())
        .result();
    // end::mail-send[]
    assertEquals("John Smith <user@example.com>", senders.get(0).sender());
    assertEquals(Boolean.TRUE, sent.success());
    assertEquals(List.of("client@example.com"), sent.to());
    portal.takeRequest();
    RecordedRequest send = portal.takeRequest();
    assertEquals("mail.message.send", send.methodName().orElseThrow());
    assertEquals("user@example.com", send.param("from").orElseThrow().asText());
  }

  @Test
  void findsMailsAndRepliesToOne(FakeBitrix24Portal portal) {
    Bitrix24Client client = portal.clientBuilder().build();
    // tag::mail-list-reply[]
    MessageApi mails = client.api(MessageApi.class);
    // the mails of mailbox 1 that mention "contract" and have attachments, page after page
    List<MailMessage> found = mails.listAll(MessageListRequest.builder()
            .mailboxId(1L)
            .searchQuery("contract")
            .hasAttachments(true)
            .build())
        .toList();
    MailMessage mail = found.get(0);
    MailSendResult reply = mails.reply(MessageReplyRequest.builder()
            .replyToMessageId(mail.id())
            .from(mail.to())
            .to(List.of(mail.from()))
            .subject("Re: " + mail.subject())
            .body("Thank you, the contract is signed.")
            .build())
        .result();
    // end::mail-list-reply[]
    assertEquals(List.of(15L), found.stream().map(MailMessage::id).toList());
    assertTrue(reply.success());
    portal.takeRequest();
    RecordedRequest sent = portal.takeRequest();
    assertEquals(15, sent.param("replyToMessageId").orElseThrow().asInt());
    assertEquals("[\"client@example.com\"]", sent.param("to").orElseThrow().toString());
    assertEquals("Re: Contract", sent.param("subject").orElseThrow().asText());
  }
}
