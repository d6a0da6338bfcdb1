package dev.portdoc.maven;

import dev.portdoc.cli.ExitCode;
import dev.portdoc.cli.PortdocCommand;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import picocli.CommandLine;

/**
 * Shared parameters of the portdoc goals. Each goal runs the portdoc command line in-process, so
 * the plugin behaves exactly as {@code ./portdoc} does, and maps its exit codes to Maven failures.
 */
abstract class PortdocMojo extends AbstractMojo {

  /** Skip this goal. */
  @Parameter(property = "portdoc.skip", defaultValue = "false")
  boolean skip;

  /** The docs folder (or one page) to check. */
  @Parameter(property = "portdoc.sources", defaultValue = "${project.basedir}/docs")
  File sources;

  /** The lowest severity that fails the build: error, warning, info or none. */
  @Parameter(property = "portdoc.failOn", defaultValue = "error")
  String failOn;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("portdoc: skipped");
      return;
    }
    if (!sources.exists()) {
      throw new MojoExecutionException("portdoc: " + sources + ": no such file or folder");
    }
    run();
  }

  abstract void run() throws MojoExecutionException, MojoFailureException;

  /**
   * Runs {@code portdoc ARGS}, sending its standard output to {@code out} (the build log when null)
   * and its errors to the build log.
   */
  final void portdoc(List<String> args, Writer out)
      throws MojoExecutionException, MojoFailureException {
    CommandLine cli = PortdocCommand.newCommandLine();
    StringWriter log = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out == null ? log : out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args.toArray(String[]::new));
    log.toString().lines().forEach(getLog()::info);
    err.toString().lines().forEach(getLog()::error);
    String command = "portdoc " + String.join(" ", args);
    switch (code) {
      case ExitCode.OK -> {}
      case ExitCode.FINDINGS ->
          throw new MojoFailureException(
              command + ": findings at or above failOn=" + failOn + " (see above)");
      case ExitCode.USAGE ->
          throw new MojoExecutionException(command + ": " + firstLine(err.toString()));
      default ->
          throw new MojoExecutionException(
              command
                  + ": internal failure (exit code "
                  + code
                  + "): "
                  + firstLine(err.toString()));
    }
  }

  final List<String> args(String command) {
    List<String> args = new ArrayList<>();
    args.add(command);
    args.add(sources.getPath());
    return args;
  }

  static String firstLine(String text) {
    return text.lines().findFirst().orElse("").replaceFirst("^portdoc: ", "");
  }

  static final java.nio.charset.Charset UTF_8 = StandardCharsets.UTF_8;
}
