package dev.portdoc.cli.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of the work tree that differ from a git revision: the added side of every hunk, and
 * every line of files git does not track yet. Files are compared by their real path, so the paths a
 * user typed (relative, through a symbolic link) and git's paths (relative to the top of the
 * repository) meet.
 */
public final class ChangedLines {

  private static final Pattern HUNK =
      Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@");

  private final Map<Path, List<int[]>> ranges;
  private final Set<Path> wholeFiles;

  private ChangedLines(Map<Path, List<int[]>> ranges, Set<Path> wholeFiles) {
    this.ranges = ranges;
    this.wholeFiles = wholeFiles;
  }

  /**
   * The lines under {@code paths} (as given, relative to the folder {@code git} runs in) changed
   * since {@code ref}.
   */
  public static ChangedLines since(Git git, String ref, List<String> paths) {
    git.requireCommit(ref);
    Path top = realPath(git.topLevel());
    Map<Path, List<int[]>> ranges = new HashMap<>();
    parse(git.diffAgainst(ref, paths))
        .forEach((file, r) -> ranges.put(realPath(top.resolve(file)), r));
    Set<Path> whole = new HashSet<>();
    for (String file : git.untracked(paths)) {
      whole.add(realPath(top.resolve(file)));
    }
    return new ChangedLines(ranges, whole);
  }

  /** True when line {@code line} (1-based) of {@code file} was added or changed. */
  public boolean contains(Path file, int line) {
    Path real = realPath(file);
    if (wholeFiles.contains(real)) {
      return true;
    }
    for (int[] range : ranges.getOrDefault(real, List.of())) {
      if (line >= range[0] && line < range[0] + range[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The added line ranges ({@code [start, count]}) of a {@code git diff --unified=0} output, by the
   * new file's path relative to the top of the repository. Deleted files have no entry.
   */
  static Map<String, List<int[]>> parse(String diff) {
    Map<String, List<int[]>> files = new LinkedHashMap<>();
    List<int[]> current = null;
    for (String line : diff.split("\n", -1)) {
      if (line.startsWith("+++ ")) {
        String name = unquote(line.substring(4));
        if (name.equals("/dev/null")) {
          current = null;
        } else {
          current = files.computeIfAbsent(stripPrefix(name), k -> new ArrayList<>());
        }
      } else if (line.startsWith("@@ ") && current != null) {
        Matcher hunk = HUNK.matcher(line);
        if (hunk.find()) {
          int start = Integer.parseInt(hunk.group(1));
          int count = hunk.group(2) == null ? 1 : Integer.parseInt(hunk.group(2));
          if (count > 0) {
            current.add(new int[] {start, count});
          }
        }
      }
    }
    return files;
  }

  private static String stripPrefix(String name) {
    return name.startsWith("b/") ? name.substring(2) : name;
  }

  /** git quotes names with unusual characters C-style: {@code "b/a\"b.md"}. */
  static String unquote(String name) {
    if (!name.startsWith("\"") || !name.endsWith("\"") || name.length() < 2) {
      return name;
    }
    String body = name.substring(1, name.length() - 1);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 >= body.length()) {
        byte[] raw = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        bytes.writeBytes(raw);
        continue;
      }
      char next = body.charAt(++i);
      switch (next) {
        case 'n' -> bytes.write('\n');
        case 't' -> bytes.write('\t');
        case 'r' -> bytes.write('\r');
        case 'a' -> bytes.write(7);
        case 'b' -> bytes.write('\b');
        case 'f' -> bytes.write('\f');
        case 'v' -> bytes.write(11);
        default -> {
          if (next >= '0' && next <= '7' && i + 2 < body.length()) {
            bytes.write(Integer.parseInt(body.substring(i, i + 3), 8));
            i += 2;
          } else {
            bytes.write(next);
          }
        }
      }
    }
    return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static Path realPath(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      return absolute;
    }
  }
}
