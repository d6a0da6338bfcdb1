package dev.portdoc.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: wires the subcommands and maps failures to exit codes. */
@Command(
    name = "portdoc",
    description = "Lint, build and export network port tables written in Markdown.",
    mixinStandardHelpOptions = true,
    versionProvider = PortdocCommand.Version.class,
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

  /**
   * The subcommands in help order. They are added in code, not through {@code @Command}, so that a
   * run builds the picocli model of the one it invokes only: picocli's classes cannot be in the
   * class-data archive (their class files are too old), and each model costs start-up time.
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("lint", LintCommand::new);
    all.put("build", BuildCommand::new);
    all.put("export", ExportCommand::new);
    all.put("render-md", RenderMdCommand::new);
    all.put("diff", DiffCommand::new);
    return Collections.unmodifiableMap(all);
  }

  /** A command line with portdoc's exit codes and error handling, and every subcommand. */
  public static CommandLine newCommandLine() {
    return newCommandLine(SUBCOMMANDS.keySet());
  }

  /**
   * A command line for running {@code args}: with only the subcommand they invoke when that is
   * plain (optionally after {@code --verbose}), with none for {@code --version}, and with every
   * subcommand otherwise (help, usage errors, unknown commands), so that output is the same.
   */
  public static CommandLine newCommandLine(String... args) {
    // one --verbose at most: a repeated one is an error that prints the root usage
    int first = args.length > 0 && args[0].equals("--verbose") ? 1 : 0;
    if (first < args.length && SUBCOMMANDS.containsKey(args[first])) {
      return newCommandLine(List.of(args[first]));
    }
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return newCommandLine(List.of());
    }
    return newCommandLine();
  }

  private static CommandLine newCommandLine(Collection<String> subcommands) {
    PortdocCommand root = new PortdocCommand();
    CommandLine cli = new CommandLine(root);
    // before the settings below: picocli's setters apply to the subcommands present
    for (String name : subcommands) {
      cli.addSubcommand(name, SUBCOMMANDS.get(name).get());
    }
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
