package dev.portdoc.cli;

import dev.portdoc.cli.diff.DiffFormat;
import dev.portdoc.cli.diff.DiffReport;
import dev.portdoc.cli.diff.PortDiff;
import dev.portdoc.cli.diff.RuleChange;
import dev.portdoc.cli.git.Git;
import dev.portdoc.cli.git.GitException;
import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.GuardedPageParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code portdoc diff}: port rules added, removed and changed between two versions. */
@Command(
    name = "diff",
    description = {
      "List the port rules added, removed and changed between OLD and NEW (two pages or two"
          + " folders), or, with --git REF, between REF and the working tree.",
      "Rules are matched by section, service, transport, port and direction."
    },
    mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "OLD NEW; with --git, the pages or folders to compare (default: .).")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--git",
      paramLabel = "REF",
      description = "Compare the working tree's pages with their state at the git revision REF.")
  String gitRef;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  DiffFormat format = DiffFormat.text;

  private final GuardedPageParser parser = GuardedPageParser.create();

  @Override
  public Integer call() {
    List<RuleChange> changes = gitRef == null ? comparePaths() : compareWithGit();
    new DiffReport(changes).write(format, spec.commandLine().getOut());
    return ExitCode.OK;
  }

  private List<RuleChange> comparePaths() {
    if (paths.size() != 2) {
      throw new UsageException("diff needs OLD and NEW (two pages or two folders), or --git REF");
    }
    String old = paths.get(0);
    String now = paths.get(1);
    for (String path : paths) {
      String name = path.toLowerCase(Locale.ROOT);
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        throw new UsageException(
            path + ": comparing YAML specs is not supported yet; compare the pages instead");
      }
    }
    DocsLoader loader = new DocsLoader();
    boolean oldFolder = Files.isDirectory(Path.of(old));
    boolean newFolder = Files.isDirectory(Path.of(now));
    if (oldFolder != newFolder) {
      throw new UsageException("diff compares two pages or two folders, not a page with a folder");
    }
    if (!oldFolder) {
      Document before = loader.load(loader.find(List.of(old))).get(0);
      Document after = loader.load(loader.find(List.of(now))).get(0);
      loader.requireParsed();
      return PortDiff.compare(after.path(), Optional.of(before), Optional.of(after));
    }
    Map<String, Document> before = byRelativePath(loader, old);
    Map<String, Document> after = byRelativePath(loader, now);
    loader.requireParsed();
    TreeMap<String, String> names = new TreeMap<>();
    before.forEach((rel, doc) -> names.put(rel, doc.path()));
    after.forEach((rel, doc) -> names.put(rel, doc.path()));
    List<RuleChange> changes = new ArrayList<>();
    names.forEach(
        (rel, name) ->
            changes.addAll(
                PortDiff.compare(
                    name,
                    Optional.ofNullable(before.get(rel)),
                    Optional.ofNullable(after.get(rel)))));
    return changes;
  }

  private static Map<String, Document> byRelativePath(DocsLoader loader, String folder) {
    List<DocsLoader.Page> pages = loader.find(List.of(folder));
    List<Document> documents = loader.load(pages);
    Map<String, Document> byPath = new TreeMap<>();
    Path root = Path.of(folder);
    for (int i = 0; i < pages.size(); i++) {
      String rel = root.relativize(pages.get(i).file()).toString().replace('\\', '/');
      byPath.put(rel, documents.get(i));
    }
    return byPath;
  }

  private List<RuleChange> compareWithGit() {
    List<String> given = paths.isEmpty() ? List.of(".") : paths;
    try {
      Path first = Path.of(given.get(0)).toAbsolutePath().normalize();
      Git git = Git.at(Files.isDirectory(first) ? first : first.getParent());
      git.requireCommit(gitRef);
      Path top = git.topLevel().toRealPath();
      // pages now, by their path below the top of the repository
      Map<String, String> display = new TreeMap<>();
      Map<String, Document> now = new TreeMap<>();
      DocsLoader loader = new DocsLoader();
      List<DocsLoader.Page> pages = loader.find(given);
      List<Document> documents = loader.load(pages);
      loader.requireParsed();
      for (int i = 0; i < pages.size(); i++) {
        String rel = topRelative(top, pages.get(i).file());
        now.put(rel, documents.get(i));
        display.put(rel, pages.get(i).displayPath());
      }
      // pages at REF, including those deleted since
      Map<String, Document> then = new TreeMap<>();
      for (String path : given) {
        String rel = topRelative(top, Path.of(path));
        for (String file : git.filesAt(gitRef, rel.isEmpty() ? "." : rel)) {
          String lower = file.toLowerCase(Locale.ROOT);
          if (!(lower.endsWith(".md") || lower.endsWith(".mdx")) || hidden(file)) {
            continue;
          }
          display.putIfAbsent(file, file);
          git.show(gitRef, file)
              .ifPresent(bytes -> then.put(file, parse(display.get(file), bytes)));
        }
      }
      List<RuleChange> changes = new ArrayList<>();
      for (String rel : display.keySet()) {
        changes.addAll(
            PortDiff.compare(
                display.get(rel),
                Optional.ofNullable(then.get(rel)),
                Optional.ofNullable(now.get(rel))));
      }
      return changes;
    } catch (GitException e) {
      throw new UsageException("--git " + gitRef + ": " + e.getMessage(), e);
    } catch (java.io.IOException e) {
      throw new UsageException("--git " + gitRef + ": " + e.getMessage(), e);
    }
  }

  /** Skipped like DocsLoader skips them: hidden folders and node_modules. */
  private static boolean hidden(String file) {
    for (String part : file.split("/")) {
      if (part.startsWith(".") || part.equals("node_modules")) {
        return true;
      }
    }
    return false;
  }

  private static String topRelative(Path top, Path file) throws java.io.IOException {
    Path real = file.toAbsolutePath().normalize().toRealPath();
    if (!real.startsWith(top)) {
      throw new UsageException(file + ": not inside the git repository at " + top);
    }
    return top.relativize(real).toString().replace('\\', '/');
  }

  private Document parse(String name, byte[] bytes) {
    GuardedPageParser.Result result = parser.parse(name, bytes);
    result.diagnostics().stream()
        .findFirst()
        .ifPresent(
            d -> {
              throw new UsageException(d.location() + " at " + gitRef + ": " + d.message());
            });
    return result.document();
  }
}
