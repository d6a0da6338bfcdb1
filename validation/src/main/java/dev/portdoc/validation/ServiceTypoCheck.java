package dev.portdoc.validation;

import dev.portdoc.model.check.TreeContext;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service name that is a close misspelling of a well-known one ({@code HTPP}) or of a word the
 * docs tree uses often while this spelling is rare ({@code Kubernets} in a tree full of {@code
 * Kubernetes}).
 */
public final class ServiceTypoCheck extends BaseCheck {

  public static final String ID = "service-typo";

  /** Well-known service and protocol names, lower case; near misses of these are typos. */
  static final List<String> KNOWN =
      List.of(
          "http",
          "https",
          "ssh",
          "dns",
          "ntp",
          "smtp",
          "ldap",
          "ldaps",
          "nats",
          "etcd",
          "kubelet",
          "kubernetes",
          "prometheus",
          "postgresql",
          "grpc",
          "vxlan",
          "bgp",
          "mysql",
          "redis",
          "docker",
          "calico",
          "cilium",
          "flannel",
          "consul",
          "vault",
          "grafana",
          "nginx",
          "registry",
          "wireguard",
          "syslog",
          "kerberos",
          "radius",
          "snmp",
          "sftp",
          "ftp",
          "rdp",
          "smb",
          "nfs",
          "iscsi",
          "imap",
          "imaps",
          "pop3",
          "tls",
          "ssl",
          "dhcp",
          "tftp",
          "vnc",
          "rsync",
          "ipsec");

  /** A rare spelling is suspect when its neighbour is this many times more frequent. */
  private static final int RATIO = 10;

  /** Bounds the verdicts kept: a tree's distinct service words, far fewer in any real tree. */
  private static final int MAX_VERDICTS = 1 << 16;

  private final LintConfig config;
  private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

  public ServiceTypoCheck() {
    this(LintConfig.DEFAULTS);
  }

  public ServiceTypoCheck(LintConfig config) {
    super(ID, Severity.WARNING, "A service name is a close misspelling of a known or common one.");
    this.config = config;
  }

  @Override
  public List<Diagnostic> check(Document document) {
    return check(document, TreeContext.of(List.of(document)));
  }

  @Override
  public List<Diagnostic> check(Document document, TreeContext tree) {
    return defer(document, tree).resolve(tree);
  }

  /**
   * Reports near misses of well-known names now, and keeps the words only the tree can judge
   * (frequent neighbours) with where they are.
   */
  @Override
  public Deferred defer(Document document, TreeContext page) {
    List<Entry> entries = new ArrayList<>();
    forEachWord(
        document,
        (word, cell) -> {
          Verdict verdict = verdict(word);
          if (verdict.ignored()) {
            return false;
          }
          if (verdict.known() != null) {
            entries.add(new Made(finding(cell, word, verdict.known())));
          } else if (word.length() >= 5) {
            entries.add(new Suspect(word, cell));
          }
          // a word's verdict depends on the word alone, so its later uses in the row are skipped
          return true;
        });
    if (entries.isEmpty()) {
      return Deferred.done(List.of());
    }
    return tree -> {
      List<Diagnostic> found = new ArrayList<>();
      for (Entry entry : entries) {
        if (entry instanceof Made made) {
          found.add(made.finding());
        } else if (entry instanceof Suspect suspect) {
          nearFrequent(suspect.word(), suspect.word().toLowerCase(Locale.ROOT), tree)
              .ifPresent(fix -> found.add(finding(suspect.cell(), suspect.word(), fix)));
        }
      }
      return found;
    };
  }

  /**
   * What the page alone says of a service word: {@code ignored}, a near miss of {@code known}, or
   * (neither) a word only the tree can judge. The same for every use of the word: cached per check.
   */
  private record Verdict(boolean ignored, String known) {
    static final Verdict IGNORED = new Verdict(true, null);
    static final Verdict OPEN = new Verdict(false, null);
  }

  private Verdict verdict(String word) {
    Verdict verdict = verdicts.get(word);
    if (verdict == null) {
      String lower = word.toLowerCase(Locale.ROOT);
      verdict =
          isIgnored(word, lower)
              ? Verdict.IGNORED
              : nearKnown(word, lower).map(fix -> new Verdict(false, fix)).orElse(Verdict.OPEN);
      if (verdicts.size() < MAX_VERDICTS) {
        verdicts.putIfAbsent(word, verdict);
      }
    }
    return verdict;
  }

  /** What a page keeps for the tree pass, in the order its findings were made. */
  private sealed interface Entry permits Made, Suspect {}

  /** A finding the page alone decided (a near miss of a well-known name). */
  private record Made(Diagnostic finding) implements Entry {}

  /** A service word that is a typo when the tree uses a neighbour of it far more often. */
  private record Suspect(String word, Cell cell) implements Entry {}

  private static String message(String word, String fix) {
    return "Service '" + word + "' looks misspelled; did you mean '" + fix + "'?";
  }

  private Diagnostic finding(Cell cell, String word, String fix) {
    return replacing(message(word, fix), cell, word, fix);
  }

  /** What judges a word: true when it was reported (or may be), so the row skips its repeats. */
  private interface WordSink {
    boolean accept(String word, Cell cell);
  }

  /** Each word of each service label, once per row until {@code sink} reports it. */
  private static void forEachWord(Document document, WordSink sink) {
    for (PortTable table : document.tables()) {
      for (TableRow row : table.rows()) {
        Set<String> reported = new HashSet<>();
        for (Cell cell : serviceCells(table, row)) {
          ProseScanner.forEachRun(
              serviceLabel(cell.text()),
              word -> {
                if (!reported.contains(word) && sink.accept(word, cell)) {
                  reported.add(word);
                }
              });
        }
      }
    }
  }

  private static List<Cell> serviceCells(PortTable table, TableRow row) {
    List<Cell> cells = new ArrayList<>();
    Tables.cell(table, row, ColumnRole.SERVICE).ifPresent(cells::add);
    Tables.cell(table, row, ColumnRole.PORT).ifPresent(cells::add);
    return cells;
  }

  /** {@code NATS} of {@code NATS (tcp/4222)}; a port cell without a label gives nothing. */
  private static String serviceLabel(String text) {
    int paren = text.indexOf('(');
    if (paren > 0 && text.indexOf('/', paren) > 0) {
      return text.substring(0, paren);
    }
    return text.chars().anyMatch(Character::isDigit) ? "" : text;
  }

  private boolean isIgnored(String word, String lower) {
    return word.length() < 4
        || word.chars().anyMatch(Character::isDigit)
        || KNOWN.contains(lower)
        || Transports.isTransport(lower)
        || config.accepts(word)
        || EnglishDictionary.knows(word);
  }

  private static Optional<String> nearKnown(String word, String lower) {
    return Words.nearest(lower, KNOWN, 1).map(known -> Words.inCaseOf(word, known));
  }

  private static Optional<String> nearFrequent(String word, String lower, TreeContext tree) {
    int count = tree.count(lower);
    if (word.length() >= 5) {
      for (String neighbour : tree.frequentNeighbours(lower)) {
        if (tree.count(neighbour) >= RATIO * Math.max(count, 1)
            && Words.distance(lower, neighbour) == 1) {
          return Optional.of(Words.inCaseOf(word, neighbour));
        }
      }
    }
    return Optional.empty();
  }
}
