package dev.portdoc.cli;

import dev.portdoc.site.markdown.MarkdownSpecWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code portdoc render-md}: a spec file written back as a Markdown page. */
@Command(
    name = "render-md",
    description = {
      "Write the Markdown page of a spec file: a heading per deployment and component and an"
          + " aligned Port | Direction | Purpose table, so the spec can be the source of truth."
    },
    mixinStandardHelpOptions = true)
final class RenderMdCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SPEC", description = "The spec file (.yaml, .yml or .json).")
  String specFile;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE (replaced whole, only on success) instead of standard output.")
  Path out;

  @Override
  public Integer call() {
    Path file = Path.of(specFile);
    if (!Files.exists(file) || Files.isDirectory(file)) {
      throw new UsageException(specFile + ": no such file");
    }
    DocsLoader.Page page = new DocsLoader.Page(file, specFile.replace('\\', '/'));
    String markdown = new MarkdownSpecWriter().write(new DocsLoader().readSpec(page).spec());
    if (out != null) {
      OutputFile.write(out, markdown);
    } else {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(markdown);
      stdout.flush();
    }
    return ExitCode.OK;
  }
}
