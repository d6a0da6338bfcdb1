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

/** Writes the YAML specs of every page as one stream, {@code outputDirectory/portdoc.yaml}. */
@Mojo(name = "export", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ExportMojo extends PortdocMojo {

  /** The folder the YAML stream is written into. */
  @Parameter(
      property = "portdoc.outputDirectory",
      defaultValue = "${project.build.directory}/portdoc")
  File outputDirectory;

  /**
   * Export format; only yaml so far. Not named {@code format}, so that a plugin-wide {@code
   * <format>} for lint reports does not reach it.
   */
  @Parameter(property = "portdoc.exportFormat", defaultValue = "yaml")
  String exportFormat;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<String> args = args("export");
    args.addAll(List.of("--format", exportFormat));
    File target = new File(outputDirectory, "portdoc." + exportFormat);
    try {
      Files.createDirectories(outputDirectory.toPath());
      try (Writer out = Files.newBufferedWriter(target.toPath(), UTF_8)) {
        portdoc(args, out);
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "portdoc: cannot write " + target + ": " + e.getMessage(), e);
    }
    getLog().info("portdoc: specs written to " + target);
  }
}
