package dev.portdoc.cli;

import dev.portdoc.cli.git.ChangedLines;
import dev.portdoc.cli.git.Git;
import dev.portdoc.cli.git.GitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiPredicate;

/** {@code --diff-base}: which reported lines changed since a git revision. */
final class ChangedSince {

  private ChangedSince() {}

  /**
   * A test of (file as reported, line) against the lines under {@code paths} changed since {@code
   * ref}; git trouble becomes a usage error.
   */
  static BiPredicate<String, Integer> lines(String ref, List<String> paths) {
    // git runs where the first path is, so a checkout elsewhere than the cwd works too
    Path first = Path.of(paths.get(0)).toAbsolutePath().normalize();
    Path folder = Files.isDirectory(first) ? first : first.getParent();
    List<String> absolute =
        paths.stream().map(p -> Path.of(p).toAbsolutePath().normalize().toString()).toList();
    try {
      ChangedLines changed = ChangedLines.since(Git.at(folder), ref, absolute);
      return (file, line) -> changed.contains(Path.of(file), line);
    } catch (GitException e) {
      throw new UsageException("--diff-base " + ref + ": " + e.getMessage(), e);
    }
  }
}
