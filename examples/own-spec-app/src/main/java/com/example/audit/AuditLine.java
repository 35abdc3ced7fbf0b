package com.example.audit;

import com.example.audit.b24.main.EventLogEntry;
import com.example.audit.b24.main.EventlogApi;
import com.example.audit.b24.main.EventlogGetRequest;
import io.b24rest.api.humanresources.Node;
import io.b24rest.api.humanresources.NodeApi;
import io.b24rest.api.humanresources.NodeGetRequest;
import io.b24rest.runtime.Bitrix24Client;
import java.util.Objects;

/**
 * One line about an event log record and a department, from two methods through one client:
 * {@code main.eventlog.get} (this project's spec, generated into {@code com.example.audit.b24})
 * and {@code humanresources.node.get} (the library's).
 */
public final class AuditLine {
  private final Bitrix24Client client;

  public AuditLine(Bitrix24Client client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * For example {@code USER_AUTHORIZE (main) by user 1, Sales Department}.
   *
   * @param recordId the event log record
   * @param departmentId the department or team
   * @return the line
   */
  public String describe(long recordId, long departmentId) {
    EventLogEntry entry =
        client.api(EventlogApi.class).get(EventlogGetRequest.builder().id(recordId).build()).result().item();
    Node department =
        client.api(NodeApi.class).get(NodeGetRequest.builder().id(departmentId).build()).result().item();
    return text(entry == null ? null : entry.auditTypeId())
        + " (" + text(entry == null ? null : entry.moduleId()) + ") by user "
        + (entry == null || entry.userId() == null ? "?" : entry.userId())
        + ", " + text(department == null ? null : department.name());
  }

  private static String text(String value) {
    return value == null ? "?" : value;
  }

  /** {@code B24_WEBHOOK_URL=https://.../rest/api/1/secret/ java ... AuditLine 1 1} */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: AuditLine <event-log-record-id> <department-id>");
      System.exit(2);
    }
    Bitrix24Client client = Bitrix24Client.webhook(System.getenv("B24_WEBHOOK_URL")).build();
    System.out.println(new AuditLine(client).describe(Long.parseLong(args[0]), Long.parseLong(args[1])));
  }
}
