package dev.portdoc.maven;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Lints the docs; fails the build on findings at or above {@code failOn}. */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends PortdocMojo {

  /** Report format: text, json, sarif, github or checkstyle. */
  @Parameter(property = "portdoc.format", defaultValue = "text")
  String format;

  /**
   * Where to write the report; when not set, text reports go to the build log and other formats to
   * {@code ${project.build.directory}/portdoc-lint.<format>}.
   */
  @Parameter(property = "portdoc.reportFile")
  File reportFile;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  File buildDirectory;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<String> args = args("lint");
    args.addAll(List.of("--format", format, "--fail-on", failOn));
    File report = reportFile;
    if (report == null && !format.equals("text")) {
      report = new File(buildDirectory, "portdoc-lint." + extension(format));
    }
    if (report == null) {
      portdoc(args, null);
      return;
    }
    try {
      Files.createDirectories(report.getAbsoluteFile().toPath().getParent());
      try (Writer out = Files.newBufferedWriter(report.toPath(), UTF_8)) {
        portdoc(args, out);
      } finally {
        getLog().info("portdoc: report written to " + report);
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "portdoc: cannot write " + report + ": " + e.getMessage(), e);
    }
  }

  private static String extension(String format) {
    return switch (format) {
      case "checkstyle" -> "xml";
      case "github" -> "txt";
      default -> format;
    };
  }
}
