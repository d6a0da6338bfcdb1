package dev.portdoc.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: wires the subcommands and maps failures to exit codes. */
@Command(
    name = "portdoc",
    description = "Lint, build and export network port tables written in Markdown.",
    mixinStandardHelpOptions = true,
    versionProvider = PortdocCommand.Version.class,
    subcommands = {
      LintCommand.class,
      BuildCommand.class,
      ExportCommand.class,
      RenderMdCommand.class,
      DiffCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no findings at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:bad usage or unreadable input",
      "3:internal failure (a bug: please report it)"
    })
public final class PortdocCommand implements Callable<Integer> {

  @Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces of failures.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("portdoc: missing command: lint, build, export, render-md or diff");
    spec.commandLine().usage(err);
    return ExitCode.USAGE;
  }

  /** A command line with portdoc's exit codes and error handling. */
  public static CommandLine newCommandLine() {
    PortdocCommand root = new PortdocCommand();
    CommandLine cli = new CommandLine(root);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // picocli answers bad arguments with exitCodeOnInvalidInput, which is 2 by default
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (e instanceof UsageException) {
            err.println("portdoc: " + e.getMessage());
          } else {
            err.println("portdoc: internal error: " + e);
            err.println("portdoc: this is a bug; run again with --verbose and report the output");
          }
          if (root.verbose) {
            e.printStackTrace(err);
          }
          err.flush();
          return e instanceof UsageException ? ExitCode.USAGE : ExitCode.INTERNAL;
        });
    return cli;
  }

  /** Prints the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = PortdocCommand.class.getPackage().getImplementationVersion();
      return new String[] {"portdoc " + (version == null ? "(development build)" : version)};
    }
  }
}
