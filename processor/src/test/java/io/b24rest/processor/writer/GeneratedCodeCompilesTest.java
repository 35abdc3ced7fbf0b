package io.b24rest.processor.writer;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated code compiles warning-free, and hand-written code can use it as documented. */
class GeneratedCodeCompilesTest {

  @Test
  void seedCompilesAndIsUsableFromHandWrittenCode() {
    Compilation compilation =
        GeneratedSources.compile(
            SpecFixtures.seed(),
            JavaFileObjects.forSourceLines(
                "client.UsesSeed",
                "package client;",
                "",
                "import io.b24rest.api.Bitrix24Methods;",
                "import io.b24rest.api.errors.Bitrix24Errors;",
                "import io.b24rest.api.errors.EntityNotFoundException;",
                "import io.b24rest.api.humanresources.Communication;",
                "import io.b24rest.api.humanresources.NodeCommunicationApi;",
                "import io.b24rest.api.humanresources.NodeCommunicationListRequest;",
                "import io.b24rest.api.humanresources.NodeCommunicationListResult;",
                "import io.b24rest.core.ApiResponse;",
                "import io.b24rest.core.spi.ApiErrorFactory;",
                "import java.util.List;",
                "",
                "final class UsesSeed {",
                "  static String firstChatTitle(NodeCommunicationApi api) {",
                "    NodeCommunicationListRequest request = NodeCommunicationListRequest.builder().id(15L).build();",
                "    Long id = request.withId(16L).toBuilder().build().id();",
                "    io.b24rest.core.Bitrix24Request<NodeCommunicationListResult> typed = request;",
                "    Class<NodeCommunicationListResult> resultType = typed.resultType();",
                "    ApiResponse<NodeCommunicationListResult> response = api.list(new NodeCommunicationListRequest(id));",
                "    List<Communication> chats = response.result().chats();",
                "    Communication first = chats.get(0);",
                "    Communication.Type type = first.type();",
                "    boolean chat = type == Communication.Type.CHAT || !type.isKnown();",
                "    Long noAccess = response.result().chatsNoAccess();",
                "    ApiErrorFactory errors = Bitrix24Errors.INSTANCE;",
                "    String code = EntityNotFoundException.CODE;",
                "    int known = Bitrix24Errors.knownCodes().size() + Bitrix24Methods.all().size();",
                "    return chat + first.title() + noAccess + errors + code + known + first.dialogId()",
                "        + first.hasAccess() + first.isExtranet() + first.originalNodeId() + first.avatar()",
                "        + first.color() + first.subtitle() + first.id() + Communication.Type.of(\"CHAT\").value()",
                "        + resultType.getName() + typed.methodName();",
                "  }",
                "}"));

    assertThat(compilation.errors()).isEmpty();
    assertThat(compilation.warnings()).isEmpty();
  }

  @Test
  void edgeCasesCompileWarningFree() {
    Compilation compilation = GeneratedSources.compile(SpecFixtures.edgeCases());

    assertThat(compilation.errors().stream().map(Object::toString).collect(Collectors.toList())).isEmpty();
    assertThat(compilation.warnings()).isEmpty();
    List<String> types =
        compilation.generatedFiles().stream().map(f -> f.getName()).collect(Collectors.toList());
    assertThat(types.toString()).contains("ItemImportRequest");
  }
}
