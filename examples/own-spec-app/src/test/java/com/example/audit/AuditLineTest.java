package com.example.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.audit.b24.main.EventlogApi;
import com.example.audit.b24.main.EventlogGetRequest;
import io.b24rest.api.errors.EntityNotFoundException;
import io.b24rest.core.MethodKind;
import io.b24rest.core.spi.MethodDescriptor;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.Bitrix24Registry;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The project's own method and a library method through one client, against the testkit. */
class AuditLineTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  @Test
  void callsTheOwnMethodAndTheLibraryMethodThroughOneClient(FakeBitrix24Portal portal) {
    Bitrix24Client client = Bitrix24Client.webhook(portal.webhookUrl()).build();

    // Both answers are the specs' examples, served from the two specs with no set-up.
    String line = new AuditLine(client).describe(1, 1);

    assertEquals("USER_AUTHORIZE (main) by user 1, Sales Department", line);
    assertEquals("main.eventlog.get", portal.takeRequest().methodName().orElseThrow());
    assertEquals("humanresources.node.get", portal.takeRequest().methodName().orElseThrow());
  }

  @Test
  void registeredAnswersOfTheOwnMethodAreTyped(FakeBitrix24Portal portal) {
    portal.on("main.eventlog.get").withParam("id", 7).respond(
        "{\"item\":{\"id\":7,\"auditTypeId\":\"USER_LOGOUT\",\"userId\":3}}");
    Bitrix24Client client = Bitrix24Client.webhook(portal.webhookUrl()).build();

    var item = client.api(EventlogApi.class).get(EventlogGetRequest.builder().id(7L).build()).result().item();

    assertEquals("USER_LOGOUT", item.auditTypeId());
    assertEquals(3L, item.userId());
  }

  @Test
  void aCatalogueErrorOfTheOwnMethodIsTheLibrarysException(FakeBitrix24Portal portal) {
    portal.on("main.eventlog.get").withParam("id", 404).respondError(
        400, EntityNotFoundException.CODE, "Record with ID = `404` not found");
    Bitrix24Client client = Bitrix24Client.webhook(portal.webhookUrl()).build();

    EntityNotFoundException e =
        assertThrows(
            EntityNotFoundException.class,
            () -> client.api(EventlogApi.class).get(EventlogGetRequest.builder().id(404L).build()));
    assertEquals("main.eventlog.get", e.method());
  }

  @Test
  void theRegistriesSeeBothApisAndTheLibrarysOwnIsUnchanged() {
    Set<String> all =
        Bitrix24Registry.methods().stream().map(MethodDescriptor::name).collect(Collectors.toSet());
    assertTrue(all.contains("main.eventlog.get"));
    assertTrue(all.contains("humanresources.node.get"));
    assertEquals(MethodKind.READ, Bitrix24Registry.method("main.eventlog.get").orElseThrow().kind());

    assertEquals(1, com.example.audit.b24.Bitrix24Methods.all().size());
    assertFalse(
        io.b24rest.api.Bitrix24Methods.find("main.eventlog.get").isPresent(),
        "the library's registry lists only the library's methods");
    assertEquals(
        io.b24rest.api.Bitrix24Methods.all().size() + 1, Bitrix24Registry.methods().size());
  }
}
