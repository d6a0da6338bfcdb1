package dev.portdoc.cli;

import dev.portdoc.model.doc.Document;
import dev.portdoc.site.yaml.YamlSpecWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code portdoc export}: the YAML spec of pages, on standard output. */
@Command(
    name = "export",
    description = "Print the YAML spec of every page under PATH (one YAML document per page).",
    mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

  /** Export formats. */
  enum Format {
    yaml
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to export.")
  List<String> paths;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format = Format.yaml;

  @Override
  public Integer call() {
    DocsLoader loader = new DocsLoader();
    List<Document> documents = loader.load(loader.find(paths));
    PrintWriter out = spec.commandLine().getOut();
    out.print(new YamlSpecWriter().writeAll(documents));
    out.flush();
    return ExitCode.OK;
  }
}
