package io.b24rest.sample;

import io.b24rest.api.Bitrix24Methods;
import io.b24rest.core.ApiResponse;
import io.b24rest.core.spi.MethodDescriptor;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code call <method> [json-params]}: any generated method, through its typed request record and
 * typed result.
 */
@Command(
    name = "call",
    mixinStandardHelpOptions = true,
    description = {
      "Calls any method of the specs: the JSON params are read into the method's typed request"
          + " record (unknown params, unknown enum values and wrong types are refused before"
          + " sending), and the typed result is printed.",
      "Default output: one 'path = value' line per field of the result; --json: the result as"
          + " pretty JSON.",
      "List the methods with 'sample-client methods'."
    })
final class CallCommand implements Callable<Integer> {
  @ParentCommand SampleClient app;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<method>", description = "REST method name, e.g."
      + " humanresources.node.get.")
  String method;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "<json-params>",
      description = "The params as a JSON object, e.g. '{\"id\": 15}'; default {}.")
  String params = "{}";

  @Option(names = "--json", description = "Print the typed result as pretty JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    MethodDescriptor descriptor =
        Bitrix24Methods.find(method)
            .orElseThrow(
                () ->
                    new UsageException(
                        "unknown method '"
                            + method
                            + "'; run 'sample-client methods' to list the "
                            + Bitrix24Methods.all().size()
                            + " methods"));
    Object request = RequestParams.read(descriptor, params);
    PrintWriter out = spec.commandLine().getOut();
    try (ClientSession session = ClientSession.open(app, spec.commandLine().getErr())) {
      ApiResponse<?> response = TypedCall.invoke(session.client(), descriptor, request);
      out.print(json ? JsonOutput.pretty(response.result()) : JsonOutput.flat(response.result()));
      out.flush();
    }
    return ExitCodes.OK;
  }
}
