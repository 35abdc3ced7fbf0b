package io.b24rest.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

// tag::company-structure-imports[]
import io.b24rest.api.humanresources.Node;
import io.b24rest.api.humanresources.NodeApi;
import io.b24rest.api.humanresources.NodeGetRequest;
import io.b24rest.api.humanresources.NodeListRequest;
import io.b24rest.api.humanresources.NodeType;
import io.b24rest.runtime.Bitrix24Client;
import java.util.List;
// end::company-structure-imports[]
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The calls of docs/company-structure.md, against the testkit's documented answers. */
class CompanyStructureGuideTest {
  @RegisterExtension
  static final FakeBitrix24PortalExtension PORTAL = new FakeBitrix24PortalExtension();

  @Test
  void getsANodeAndListsEveryDepartment(FakeBitrix24Portal portal) {
    Bitrix24Client client = portal.clientBuilder().build();
    // tag::company-structure-calls[]
    NodeApi nodes = client.api(NodeApi.class);
    // one node (department or team) by id
    Node node = nodes.get(NodeGetRequest.builder().id(1L).build()).result().item();
    // every department, page after page, lazily
    List<Node> departments =
        nodes.listAll(NodeListRequest.builder().type(NodeType.DEPARTMENT).build()).toList();
    // end::company-structure-calls[]
    assertEquals(1, portal.requests("humanresources.node.get").size());
    assertEquals(List.of("Sales Department", "Marketing Department"),
        departments.stream().map(Node::name).toList());
    assertNotNull(node);
  }
}
