package dev.portdoc.cli;

import dev.portdoc.cli.config.DocsConfig;
import dev.portdoc.site.OutputFolder;
import dev.portdoc.site.SiteBuilder;
import dev.portdoc.site.SiteInput;
import dev.portdoc.site.SpecFiles;
import dev.portdoc.validation.StandardChecks;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
      if (baseUrl != null) {
        SiteBuilder.checkBaseUrl(baseUrl);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
    // the site's templates load on another thread while this one finds and reads the pages
    FutureTask<SiteBuilder> site = new FutureTask<>(this::warmSiteBuilder);
    Thread warmUp = new Thread(site, "portdoc-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    DocsConfig docs = Configs.find(config, List.of(path));
    DocsLoader loader = new DocsLoader();
    List<DocsLoader.Page> pages = loader.find(List.of(path), docs::isIgnored);
    PrintWriter stdout = spec.commandLine().getOut();
    LintRun run;
    // the output is written into a fresh folder beside the target, from the parse on (each
    // page's spec as soon as its model exists); a failure deletes the folder, leaving the target
    try (OutputFolder.Staging staging = folder.stage();
        SpecFiles specs =
            SiteBuilder.specFiles(
                staging.path(),
                sourceRoot(),
                pages.stream().map(DocsLoader.Page::displayPath).toList())) {
      run =
          LintRun.stream(loader, pages, StandardChecks.linter(docs.config()), true, specs::write)
              .withFindings(loader.parseErrors());
      Reports.text(run, stdout);
      SiteInput input = new SiteInput(run.documents(), run.findings(), sourceRoot());
      join(site).write(input, staging.path(), specs);
      specs.close();
      staging.commit();
    }
    stdout.println("Site:  " + folder.path().resolve("index.html"));
    stdout.println("Specs: " + folder.path().resolve("specs"));
    stdout.flush();
    return failOn.exitCode(run);
  }

  private SiteBuilder warmSiteBuilder() {
    SiteBuilder builder =
        baseUrl == null ? new SiteBuilder() : new SiteBuilder().withBaseUrl(baseUrl);
    builder.warmUp();
    return builder;
  }

  private static SiteBuilder join(FutureTask<SiteBuilder> site) throws IOException {
    try {
      return site.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the site's templates loaded");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
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
