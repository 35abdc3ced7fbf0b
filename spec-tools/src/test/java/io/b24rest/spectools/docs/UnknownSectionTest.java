package io.b24rest.spectools.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spec.reader.SpecSource;
import io.b24rest.spectools.draft.DraftMethod;
import io.b24rest.spectools.draft.DraftYamlWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page of a section the docs copy does not have imports as any other: nothing is per section. */
class UnknownSectionTest {
  @TempDir Path temp;

  @Test
  void aPageOfAnotherSectionImportsIntoAValidSpec() throws Exception {
    Path page = Files.writeString(temp.resolve("timeman-record-get.md"), """
        # Get a Work Day Record timeman.record.get

        > Scope: [`timeman`](../../scopes/permissions.md)
        >
        > Who can execute the method: any user

        {% note info "" %}

        This method belongs to REST 3.0.

        {% endnote %}

        The `timeman.record.get` method returns a work day record.

        ## Method Parameters

        #|
        || **Name**
        `type` | **Description** ||
        || **id***
        [`integer`](../../data-types.md) | Record identifier ||
        |#

        ## Code Examples

        {% list tabs %}

        - cURL (Webhook)

            ```bash
            curl -X POST -d '{"id":7}' https://**put_your_bitrix24_address**/rest/api/**put_your_user_id_here**/**put_your_webhook_here**/timeman.record.get
            ```

        {% endlist %}

        ## Response Handling

        HTTP status: **200**

        ```json
        {"result": {"item": {"id": 7, "dateStart": "2026-06-19T09:00:00+03:00", "paused": false}},
         "time": {"start": 1780640400, "finish": 1780640400.2, "duration": 0.2, "processing": 0.1,
          "date_start": "2026-06-19T10:20:00+03:00", "date_finish": "2026-06-19T10:20:00+03:00",
          "operating_reset_at": 1780641000, "operating": 0}}
        ```

        ### Returned Data

        #|
        || **Name**
        `type` | **Description** ||
        || **item**
        [`object`](../../data-types.md) | The record ||
        || **dateStart**
        [`datetime`](../../data-types.md) | When the work day started ||
        |#

        ## Error Handling

        HTTP status: **400**

        ```json
        {"error": {"code": "TIMEMAN_RECORD_NOT_FOUND", "message": "Record not found"}}
        ```

        ### Possible Error Codes

        #### Not Found

        Error code: `TIMEMAN_RECORD_NOT_FOUND`

        #|
        || **Field** | **Error description** | **How to fix** ||
        || `id` | Record not found | Check the identifier ||
        |#
        """);
    DraftMethod draft = new DocsImporter(ErrorCatalogue.codes()).read(page);
    assertEquals("timeman", draft.scope);
    List<SpecSource> sources = new ArrayList<>(ImportedDrafts.sharedFiles());
    sources.add(new SpecSource("bitrix24/spec/timeman/timeman.record.get.yaml", new DraftYamlWriter(null).write(draft)));
    SpecReadResult read = SpecReader.read(sources);
    assertTrue(read.model().isPresent(), String.valueOf(read.diagnostics()));
    MethodModel method = read.model().get().methods().get(0);
    assertEquals("timeman.record.get", method.name());
    assertEquals(List.of("id"), method.params().stream().map(p -> p.name()).toList());
    assertTrue(method.errors().stream().anyMatch(e -> e.code().equals("TIMEMAN_RECORD_NOT_FOUND")));
  }
}
