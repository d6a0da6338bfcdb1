package dev.portdoc.cli;

import dev.portdoc.cli.config.DocsConfig;
import dev.portdoc.site.OutputFolder;
import dev.portdoc.site.SiteBuilder;
import dev.portdoc.site.SiteInput;
import dev.portdoc.validation.StandardChecks;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code portdoc build}: lint, then write the HTML site and the YAML specs. */
@Command(
    name = "build",
    description = "Lint the pages, then write the HTML site and a YAML spec per page.",
    mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..1",
      description = "Docs folder or page to build. Default: ${DEFAULT-VALUE}.")
  String path = "content";

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder, replaced as a whole. Default: ${DEFAULT-VALUE}.")
  Path out = Path.of("target", "portdoc");

  @Mixin FailOnOption failOn = new FailOnOption();

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Where the site will be published (http or https); also writes sitemap.xml.")
  URI baseUrl;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file. Default: portdoc.yaml in PATH (or beside it).")
  Path config;

  @Override
  public Integer call() throws IOException {
    OutputFolder folder;
    try {
      folder = OutputFolder.at(out, List.of(Path.of(path)));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
    SiteBuilder builder = siteBuilder();
    DocsConfig docs = Configs.find(config, List.of(path));
    DocsLoader loader = new DocsLoader();
    LintRun run =
        LintRun.stream(
                loader,
                loader.find(List.of(path), docs::isIgnored),
                StandardChecks.linter(docs.config()),
                true)
            .withFindings(loader.parseErrors());
    PrintWriter stdout = spec.commandLine().getOut();
    Reports.text(run, stdout);
    SiteInput input = new SiteInput(run.documents(), run.findings(), sourceRoot());
    folder.replaceWith(target -> builder.write(input, target));
    stdout.println("Site:  " + folder.path().resolve("index.html"));
    stdout.println("Specs: " + folder.path().resolve("specs"));
    stdout.flush();
    return failOn.exitCode(run);
  }

  private SiteBuilder siteBuilder() {
    if (baseUrl == null) {
      return new SiteBuilder();
    }
    try {
      return new SiteBuilder().withBaseUrl(baseUrl);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }

  /** Output files are named below the folder built; a single page keeps its file name. */
  private String sourceRoot() {
    Path given = Path.of(path);
    if (Files.isDirectory(given)) {
      return path;
    }
    Path parent = given.getParent();
    return parent == null ? "" : parent.toString();
  }
}
