package dev.portdoc.cli.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The few git commands portdoc needs, run as processes in one folder. Failures are {@link
 * GitException}s with a message fit for one line on standard error.
 */
public final class Git {

  private final Path folder;

  private Git(Path folder) {
    this.folder = folder;
  }

  /**
   * The repository that contains {@code folder}.
   *
   * @throws GitException when git is not installed or {@code folder} is not in a work tree
   */
  public static Git at(Path folder) {
    Git git = new Git(folder.toAbsolutePath().normalize());
    Result top = git.run(List.of("rev-parse", "--show-toplevel"));
    if (top.code() != 0) {
      throw new GitException(
          folder.toAbsolutePath().normalize() + " is not inside a git repository");
    }
    return git;
  }

  /** The top folder of the work tree, with symbolic links resolved as git reports it. */
  public Path topLevel() {
    return Path.of(run(List.of("rev-parse", "--show-toplevel")).out().strip());
  }

  /**
   * Checks that {@code ref} names a commit.
   *
   * @throws GitException naming the ref when it does not
   */
  public void requireCommit(String ref) {
    if (ref.startsWith("-")
        || run(List.of("rev-parse", "--verify", "--quiet", ref + "^{commit}")).code() != 0) {
      throw new GitException("unknown git revision '" + ref + "'");
    }
  }

  /** {@code git diff --unified=0 REF -- paths}: the work tree against {@code ref}. */
  public String diffAgainst(String ref, List<String> paths) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "-c",
            "core.quotePath=false",
            "diff",
            "--unified=0",
            "--no-color",
            "--no-ext-diff",
            "--no-renames",
            ref,
            "--"));
    args.addAll(paths);
    return checked(args).out();
  }

  /** Files under {@code paths} that git does not track and does not ignore, relative to the top. */
  public List<String> untracked(List<String> paths) {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--"));
    args.addAll(paths);
    return split0(checked(args).out());
  }

  /** Files tracked at {@code ref} under {@code path} (relative to the top). */
  public List<String> filesAt(String ref, String path) {
    return split0(
        checked(List.of("ls-tree", "-r", "-z", "--name-only", "--full-tree", ref, "--", path))
            .out());
  }

  /** The content of {@code topRelativePath} at {@code ref}, or empty when it did not exist. */
  public Optional<byte[]> show(String ref, String topRelativePath) {
    Result result = run(List.of("show", ref + ":" + topRelativePath));
    return result.code() == 0 ? Optional.of(result.bytes()) : Optional.empty();
  }

  private static List<String> split0(String text) {
    List<String> names = new ArrayList<>();
    for (String name : text.split("\0")) {
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  private Result checked(List<String> args) {
    Result result = run(args);
    if (result.code() != 0) {
      String why = result.err().strip().lines().findFirst().orElse("exit code " + result.code());
      String name =
          args.stream().filter(a -> !a.startsWith("-") && !a.contains("=")).findFirst().orElse("");
      throw new GitException("git " + name + " failed: " + why);
    }
    return result;
  }

  private Result run(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    builder.environment().put("LC_ALL", "C");
    builder.environment().remove("GIT_EXTERNAL_DIFF");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new GitException("git is not installed or not on PATH (" + e.getMessage() + ")");
    }
    try {
      process.getOutputStream().close();
      // read stderr on the side so a chatty git never blocks on a full pipe
      CompletableFuture<byte[]> err =
          CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      byte[] out = readAll(process.getInputStream());
      int code = process.waitFor();
      return new Result(code, out, new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GitException("interrupted while running git");
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      in.transferTo(buffer);
      return buffer.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Result(int code, byte[] bytes, String err) {
    String out() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
