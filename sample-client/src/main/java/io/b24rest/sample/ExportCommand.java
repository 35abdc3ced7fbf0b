package io.b24rest.sample;

import io.b24rest.api.Bitrix24Methods;
import io.b24rest.core.paging.ListOptions;
import io.b24rest.core.paging.ListStats;
import io.b24rest.core.paging.ListStrategy;
import io.b24rest.core.spi.MethodDescriptor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export <method> [json-params] [--out file.jsonl]}: every record of a list method, read in
 * bulk by the generated {@code listAll(request, options)}, one JSON line per record.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Reads every record of a page-style list method in bulk (REST 3.0 batches of the method's"
          + " largest page, by id where its spec allows) and writes one JSON line per record.",
      "A progress line per HTTP request goes to stderr: records, requests, records/s and the time"
          + " spent waiting for the method's operating budget."
    })
final class ExportCommand implements Callable<Integer> {
  @ParentCommand SampleClient app;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<method>", description = "A list method, e.g."
      + " tasks.task.list.")
  String method;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "<json-params>",
      description = "The params as a JSON object, e.g. '{\"select\":[\"id\",\"title\"]}'; default {}.")
  String params = "{}";

  @Option(names = "--out", paramLabel = "<file.jsonl>", description = "Write the records to this"
      + " file instead of stdout.")
  Path out;

  @Option(names = "--strategy", paramLabel = "<strategy>", description = "PAGES, KEYSET,"
      + " BATCHED_PAGES or BATCHED_KEYSET; default: what the method's spec allows.")
  ListStrategy strategy;

  @Option(names = "--page-size", paramLabel = "<n>", description = "Records per page; default the"
      + " method's largest.")
  int pageSize;

  @Override
  public Integer call() throws Exception {
    MethodDescriptor descriptor =
        Bitrix24Methods.find(method)
            .orElseThrow(
                () -> new UsageException(
                    "unknown method '" + method + "'; run 'sample-client methods' to list them"));
    Method listAll = bulkRead(descriptor);
    Object request = RequestParams.read(descriptor, params);
    PrintWriter err = spec.commandLine().getErr();
    ListOptions options = ListOptions.defaults().progress(stats -> progress(err, stats));
    if (strategy != null) {
      options = options.strategy(strategy);
    }
    if (pageSize != 0) {
      options = options.pageSize(pageSize);
    }
    try (ClientSession session = ClientSession.open(app, err);
        Writer records = open()) {
      Stream<?> all = invoke(listAll, session.client().api(descriptor.api()), request, options);
      long count = 0;
      for (Iterator<?> it = all.iterator(); it.hasNext(); count++) {
        records.write(JsonOutput.MAPPER.writeValueAsString(it.next()));
        records.write('\n');
      }
      records.flush();
      err.println("export: done, " + count + " records" + (out == null ? "" : " in " + out));
      err.flush();
    }
    return ExitCodes.OK;
  }

  /** {@code listAll(request, ListOptions)} of the method's API, which page-style methods have. */
  private Method bulkRead(MethodDescriptor descriptor) {
    try {
      return descriptor.api().getMethod(
          descriptor.javaMethod() + "All", descriptor.requestType(), ListOptions.class);
    } catch (NoSuchMethodException e) {
      throw new UsageException(
          method + " is not a list method read page by page (its spec has no paging of style"
              + " page), so there is nothing to export; use 'call'");
    }
  }

  private Writer open() throws IOException {
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      return new Writer() {
        @Override
        public void write(char[] text, int offset, int length) {
          stdout.write(text, offset, length);
        }

        @Override
        public void flush() {
          stdout.flush();
        }

        @Override
        public void close() {
          stdout.flush();
        }
      };
    }
    try {
      return new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException e) {
      throw new UsageException("cannot write " + out + ": " + e.getClass().getSimpleName());
    }
  }

  private static Stream<?> invoke(Method listAll, Object api, Object request, ListOptions options) {
    try {
      return (Stream<?>) listAll.invoke(api, request, options);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException bad) {
        throw new UsageException(bad.getMessage());
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(String.valueOf(e.getCause()), e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + listAll.getName(), e);
    }
  }

  private static void progress(PrintWriter err, ListStats stats) {
    err.println(
        String.format(
            Locale.ROOT,
            "export: %d records, %d requests, %.0f records/s, %.1f s waited for the budget",
            stats.records(),
            stats.requests(),
            stats.recordsPerSecond(),
            stats.waitedForBudget().toMillis() / 1000.0));
    err.flush();
  }
}
