package dev.portdoc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the CLI in-process and captures what it prints. */
record Cli(int exitCode, String out, String err) {

  static Cli run(String... args) {
    return run(PortdocCommand.newCommandLine(), args);
  }

  /** As {@code portdoc} runs: with the picocli model of the invoked subcommand only. */
  static Cli runAsMain(String... args) {
    return run(PortdocCommand.newCommandLine(args), args);
  }

  private static Cli run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Cli(code, out.toString(), err.toString());
  }
}
