package io.b24rest.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

// tag::notes-imports[]
import io.b24rest.api.note.CollectionApi;
import io.b24rest.api.note.CollectionListRequest;
import io.b24rest.api.note.DocumentAddRequest;
import io.b24rest.api.note.DocumentApi;
import io.b24rest.api.note.DocumentGetRequest;
import io.b24rest.api.note.DocumentSearchApi;
import io.b24rest.api.note.DocumentSearchListRequest;
import io.b24rest.api.note.DocumentSearchListResult;
import io.b24rest.api.note.NoteCollection;
import io.b24rest.api.note.NoteDocument;
import io.b24rest.runtime.Bitrix24Client;
import java.util.List;
// end::notes-imports[]
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import io.b24rest.testkit.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The calls of docs/notes.md, against the answers the testkit serves from the specs' documented
 * examples.
 */
class NotesGuideTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  @Test
  void listsTheKnowledgeBases(FakeBitrix24Portal portal) {
    Bitrix24Client client = portal.clientBuilder().build();
    // tag::notes-collections[]
    // every knowledge base the user can see, page after page (cursor paging), lazily
    List<NoteCollection> bases =
        client.api(CollectionApi.class).listAll(CollectionListRequest.builder().build()).toList();
    // end::notes-collections[]
    assertEquals(
        List.of("Product documentation"), bases.stream().map(NoteCollection::name).toList());
    assertEquals(1, portal.requests("note.collection.list").size());
  }

  @Test
  void createsADocumentAndReadsIt(FakeBitrix24Portal portal) {
    Bitrix24Client client = portal.clientBuilder().build();
    // tag::notes-documents[]
    DocumentApi documents = client.api(DocumentApi.class);
    // a document (a note) in knowledge base 42, its content in Markdown; parentId: null for the top
    NoteDocument created = documents.add(DocumentAddRequest.builder()
            .fields(new DocumentAddRequest.Fields(42L, "Chapter 1", null, "# Chapter 1\n\nText"))
            .build())
        .result().item();
    // one document by id, with its content in Markdown
    NoteDocument document = documents.get(DocumentGetRequest.builder().id(42L).build())
        .result().item();
    String markdown = document.markdown();
    // end::notes-documents[]
    assertEquals(77L, created.id());
    assertEquals("Chapter 1", document.title());
    assertTrue(markdown.contains("# Chapter 1"));
    RecordedRequest add = portal.takeRequest();
    assertEquals(
        "{\"collectionId\":42,\"title\":\"Chapter 1\",\"markdown\":\"# Chapter 1\\n\\nText\"}",
        add.param("fields").orElseThrow().toString());
    assertEquals(42, portal.takeRequest().param("id").orElseThrow().asInt());
  }

  @Test
  void searchesDocuments(FakeBitrix24Portal portal) {
    Bitrix24Client client = portal.clientBuilder().build();
    // tag::notes-search[]
    // documents by title and content, each with its score and a snippet; one page
    DocumentSearchListResult found = client.api(DocumentSearchApi.class)
        .list(DocumentSearchListRequest.builder().query("borscht recipe").build())
        .result();
    found.items().forEach(hit -> System.out.println(hit.title() + ": " + hit.snippet()));
    // end::notes-search[]
    assertEquals(List.of(42L, 43L), found.items().stream().map(hit -> hit.documentId()).toList());
    assertEquals(Boolean.TRUE, found.hasMore());
    assertEquals("borscht recipe", portal.takeRequest().param("query").orElseThrow().asText());
  }
}
