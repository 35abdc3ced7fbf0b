package io.b24rest.processor.writer;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.JavaFile;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Key snippets of the generated seed, and that generating twice gives the same bytes. */
class SpecWriterGoldenTest {
  private static final Map<String, String> SEED = generate(SpecFixtures.seed());

  @Test
  void fixtureMirrorsTheRealSeedSpec() {
    // If the seed spec changes, update SpecFixtures.seed() so that the snippets below stay real.
    SpecReadResult read =
        SpecReader.readClassPath(SpecWriterGoldenTest.class.getClassLoader(), "bitrix24/spec/index.txt");
    Map<String, String> real = generate(read.model().orElseThrow());

    // The files of the seed method alone: interfaces and registries grow as specs are added.
    for (String name :
        List.of(
            "io.b24rest.api.humanresources.Communication",
            "io.b24rest.api.humanresources.NodeCommunicationListRequest",
            "io.b24rest.api.humanresources.NodeCommunicationListResult",
            "io.b24rest.api.errors.AccessDeniedException",
            "io.b24rest.api.errors.EntityNotFoundException",
            "io.b24rest.api.errors.RequestValidationException")) {
      assertThat(real).containsEntry(name, SEED.get(name));
    }
  }

  @Test
  void generatesTheDocumentedFilesOfTheSeed() {
    assertThat(SEED.keySet())
        .containsAtLeast(
            "io.b24rest.api.Bitrix24Methods",
            "io.b24rest.api.errors.AccessDeniedException",
            "io.b24rest.api.errors.Bitrix24Errors",
            "io.b24rest.api.errors.EntityNotFoundException",
            "io.b24rest.api.errors.RequestValidationException",
            "io.b24rest.api.humanresources.Communication",
            "io.b24rest.api.humanresources.NodeCommunicationApi",
            "io.b24rest.api.humanresources.NodeCommunicationListRequest",
            "io.b24rest.api.humanresources.NodeCommunicationListResult",
            "io.b24rest.api.common.Pagination");
  }

  @Test
  void apiMethodCarriesFeignAndBitrix24Annotations() {
    String api = SEED.get("io.b24rest.api.humanresources.NodeCommunicationApi");

    assertThat(api)
        .contains(
            "  @RequestLine(\"POST /humanresources.node.communication.list\")\n"
                + "  @Bitrix24Method(\n"
                + "      name = \"humanresources.node.communication.list\",\n"
                + "      kind = MethodKind.READ\n"
                + "  )\n"
                + "  ApiResponse<NodeCommunicationListResult> list(NodeCommunicationListRequest request);\n");
  }

  @Test
  void apiMethodJavadocComesFromTheSpec() {
    String api = SEED.get("io.b24rest.api.humanresources.NodeCommunicationApi");

    assertThat(api).contains("   * Returns chats, channels, and collabs associated with a department or team.\n");
    assertThat(api).contains("<p>Access: A user with the \"View Departments\" or \"View Teams\" access permission.");
    assertThat(prose(api))
        .contains(
            " @throws RequestValidationException Required field <code>id</code> is missing"
                + " (param <code>id</code>).");
    assertThat(prose(api))
        .contains(
            " @see <a href=\"https://apidocs.bitrix24.com/api-reference/departments/node-communication/"
                + "humanresources-node-communication-list.html\">humanresources.node.communication.list"
                + " in the Bitrix24 REST docs</a>");
  }

  @Test
  void everyFileIsMarkedGeneratedWithoutADate() {
    SEED.forEach(
        (name, source) -> {
          assertThat(source).contains("@Generated(\"io.b24rest.processor.SpecProcessor\")\n");
          assertThat(source).doesNotContain("date =");
        });
  }

  @Test
  void recordComponentsAreDocumentedAndNamedAfterTheWire() {
    String communication = SEED.get("io.b24rest.api.humanresources.Communication");

    assertThat(prose(communication))
        .contains(" @param color Color of the communication. Returned only for chats and channels.");
    assertThat(prose(communication))
        .contains(
            " @param type Type of communication. Allowed values: <code>CHAT</code> (chat),"
                + " <code>CHANNEL</code> (channel), <code>COLLAB</code> (collab).");
    assertThat(communication).contains("@JsonProperty(\"originalNodeId\") @Nullable Long originalNodeId");
    assertThat(communication).contains("@JsonIgnoreProperties(\n    ignoreUnknown = true\n)");
  }

  @Test
  void exceptionsDocumentCodeStatusAndFix() {
    String exception = SEED.get("io.b24rest.api.errors.EntityNotFoundException");

    assertThat(exception)
        .contains(
            "/**\n * An object with the passed identifier is not found.\n *\n"
                + " * <p>Error code {@code BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION}, HTTP status 400.\n *\n"
                + " * <p>Fix: Pass the identifier of an existing object.\n */");
    assertThat(exception).contains("public class EntityNotFoundException extends Bitrix24ApiException {");
    assertThat(exception).contains("private static final long serialVersionUID = 1L;");
  }

  @Test
  void javadocSpecialsInSpecTextAreEscaped() {
    String edgeApi = generate(SpecFixtures.edgeCases()).get("io.b24rest.api.edge.EdgeApi");

    assertThat(prose(edgeApi))
        .contains(
            "Checks the portal. Uses <code>a*&#47;b</code> &amp; &lt;tags&gt; &#64;since &#92;u0041 and $dollar"
                + " {&#64;code x}.");
    assertThat(edgeApi).contains("<a href=\"https://example.com/a?b=1&amp;c=&quot;2&quot;\">");
  }

  @Test
  void nestedTypeNamedBuilderMakesWayForTheRequestBuilder() {
    String request = generate(SpecFixtures.edgeCases()).get("io.b24rest.api.edge.ItemImportRequest");

    assertThat(request).contains("public record BuilderValue(");
    assertThat(request).contains("public static final class Builder {");
  }

  @Test
  void twoSpecsForOneJavaTypeAreAClearError() {
    SpecModel seed = SpecFixtures.seed();
    NamedType clash =
        new NamedType(
            "NodeCommunicationListResult", "humanresources", "Clashes.", seed.types().get(0).shape(),
            seed.types().get(0).location());
    SpecModel model = new SpecModel(seed.methods(), List.of(seed.types().get(0), clash), seed.errorCodes());

    NameClashException thrown =
        assertThrows(NameClashException.class, () -> new SpecWriter("io.b24rest.api").write(model));

    assertThat(thrown).hasMessageThat().contains("io.b24rest.api.humanresources.NodeCommunicationListResult");
  }

  @Test
  void methodsThatClashAfterCaseFoldingAreReportedAtTheirSpec() {
    SpecModel model =
        SpecFixtures.of(
            java.util.Map.of(
                "x/x.thing.getList.yaml", SpecFixtures.method("x.thing.getList", "read", "", "  type: boolean\n", ""),
                "x/x.thing.GetList.yaml", SpecFixtures.method("x.thing.GetList", "read", "", "  type: boolean\n", "")));

    NameClashException thrown =
        assertThrows(NameClashException.class, () -> new SpecWriter("io.b24rest.api").write(model));

    String message = thrown.diagnostic().format();
    assertThat(message).startsWith("bitrix24/spec/x/x.thing.");
    assertThat(message).contains(".yaml:1:1: the specs map more than one type to io.b24rest.api.x.ThingGetListRequest");
    assertThat(message).contains("(the other comes from bitrix24/spec/x/x.thing.");
    assertThat(message).endsWith("so that each Java type is generated once");
  }

  @Test
  void generatingTwiceGivesByteIdenticalFiles() {
    assertThat(generate(SpecFixtures.seed())).isEqualTo(SEED);
    assertThat(generate(SpecFixtures.edgeCases())).isEqualTo(generate(SpecFixtures.edgeCases()));
  }

  /** The source with Javadoc lines joined, so that a snippet does not depend on line wrapping. */
  private static String prose(String source) {
    return source.replaceAll("\\n\\s*\\*(?!/) +", " ");
  }

  private static Map<String, String> generate(SpecModel model) {
    List<JavaFile> files = new SpecWriter("io.b24rest.api").write(model);
    return files.stream()
        .collect(
            Collectors.toMap(
                SpecWriter::qualifiedName,
                GeneratedFiles::source,
                (a, b) -> {
                  throw new AssertionError("two files for one type");
                },
                java.util.LinkedHashMap::new));
  }
}
