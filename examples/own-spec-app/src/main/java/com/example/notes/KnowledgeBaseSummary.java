package com.example.notes;

import com.example.notes.b24.note.CollectionApi;
import com.example.notes.b24.note.CollectionGetRequest;
import com.example.notes.b24.note.CollectionGetResult;
import io.b24rest.api.humanresources.Node;
import io.b24rest.api.humanresources.NodeApi;
import io.b24rest.api.humanresources.NodeGetRequest;
import io.b24rest.runtime.Bitrix24Client;
import java.util.Objects;

/**
 * One line about a knowledge base and the department it serves, from two methods through one
 * client: {@code note.collection.get} (this project's spec, generated into
 * {@code com.example.notes.b24}) and {@code humanresources.node.get} (the library's).
 */
public final class KnowledgeBaseSummary {
  private final Bitrix24Client client;

  public KnowledgeBaseSummary(Bitrix24Client client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * For example {@code Product documentation (manage) for Sales Department}.
   *
   * @param collectionId the knowledge base
   * @param departmentId the department or team
   * @return the summary line
   */
  public String describe(long collectionId, long departmentId) {
    CollectionGetResult.Item base =
        client.api(CollectionApi.class)
            .get(CollectionGetRequest.builder().id(collectionId).build())
            .result()
            .item();
    Node department =
        client.api(NodeApi.class).get(NodeGetRequest.builder().id(departmentId).build()).result().item();
    return name(base == null ? null : base.name())
        + " ("
        + (base == null || base.policyLevel() == null ? "?" : base.policyLevel().value())
        + ") for "
        + name(department == null ? null : department.name());
  }

  private static String name(String name) {
    return name == null ? "?" : name;
  }

  /** {@code B24_WEBHOOK_URL=https://.../rest/api/1/secret/ java ... KnowledgeBaseSummary 42 1} */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: KnowledgeBaseSummary <knowledge-base-id> <department-id>");
      System.exit(2);
    }
    Bitrix24Client client = Bitrix24Client.webhook(System.getenv("B24_WEBHOOK_URL")).build();
    System.out.println(
        new KnowledgeBaseSummary(client).describe(Long.parseLong(args[0]), Long.parseLong(args[1])));
  }
}
