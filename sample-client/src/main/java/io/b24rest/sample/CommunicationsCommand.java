package io.b24rest.sample;

import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.api.humanresources.NodeCommunicationListResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code communications <nodeId>}: the chats, channels and collabs of a department or team. */
@Command(
    name = "communications",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the chats, channels and collabs of a department or team"
          + " (humanresources.node.communication.list) as a table, with the counts you cannot see."
    })
final class CommunicationsCommand implements Callable<Integer> {
  @ParentCommand SampleClient app;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<nodeId>", description = "Id of the department or team.")
  long nodeId;

  @Option(names = "--json", description = "Print the typed result as JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (ClientSession session = ClientSession.open(app, spec.commandLine().getErr())) {
      NodeCommunicationListResult result =
          session
              .client()
              .api(NodeCommunicationApi.class)
              .list(NodeCommunicationListRequest.builder().id(nodeId).build())
              .result();
      out.print(json ? JsonOutput.pretty(result) : CommunicationTable.render(result));
      out.flush();
    }
    return ExitCodes.OK;
  }
}
