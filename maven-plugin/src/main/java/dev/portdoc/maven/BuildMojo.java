package dev.portdoc.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Lints, then writes the HTML site and YAML specs into {@code outputDirectory}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends PortdocMojo {

  /** The output folder, replaced as a whole. */
  @Parameter(
      property = "portdoc.outputDirectory",
      defaultValue = "${project.build.directory}/portdoc")
  File outputDirectory;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<String> args = args("build");
    args.addAll(List.of("--out", outputDirectory.getPath(), "--fail-on", failOn));
    portdoc(args, null);
  }
}
