package dev.portdoc.parser;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.source.SourceLocation;
import dev.portdoc.parser.internal.PageFacts;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

/**
 * Reads a page's bytes so that no page can crash or hang a run. Bytes that are not UTF-8 text, a
 * parse that overflows the stack, fails, or outlasts the time budget become a {@value #RULE_ID}
 * finding for that page, with an empty document, and the caller goes on with the other pages.
 *
 * <p>Each parse runs on its own daemon thread with a large stack (flexmark recurses once per
 * nesting level), at most one per processor at a time. A parse that outlasts its budget is
 * interrupted and abandoned: flexmark does not check for interruption, so the thread may run on in
 * the background, but as a daemon it never keeps the JVM alive. Immutable and thread-safe.
 */
public final class GuardedPageParser {

  /** The rule id of the findings for pages that cannot be read or parsed. */
  public static final String RULE_ID = "parse-error";

  /** Time one page may take by default: far above what a real page needs (milliseconds). */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(20);

  /** Stack of a parsing thread: enough for the deepest nesting a 1 MB page can hold. */
  static final long STACK_BYTES = 512L * 1024 * 1024;

  /** Most block quotes and list items one line may open; real pages use a handful. */
  static final int MAX_NESTING = 64;

  /** Most {@code |} one line may hold; real tables have a dozen columns. */
  static final int MAX_CELLS = 1000;

  /** The fast path, told what the byte pass found. */
  @FunctionalInterface
  interface FastReader {
    Optional<Document> read(String path, String text, PageFacts facts);
  }

  private final FastReader fast;
  private final BiFunction<String, String, Document> parser;
  private final Duration budget;
  private final Semaphore slots;

  GuardedPageParser(BiFunction<String, String, Document> parser, Duration budget, int threads) {
    this((path, text) -> Optional.empty(), parser, budget, threads);
  }

  /**
   * @param fast a linear reader run on the caller's thread first; when it gives no document, the
   *     page goes to {@code parser} on a guarded thread
   */
  GuardedPageParser(
      BiFunction<String, String, Optional<Document>> fast,
      BiFunction<String, String, Document> parser,
      Duration budget,
      int threads) {
    this(adapt(fast), parser, budget, threads);
  }

  private static FastReader adapt(BiFunction<String, String, Optional<Document>> fast) {
    Objects.requireNonNull(fast, "fast must not be null");
    return (path, text, facts) -> fast.apply(path, text);
  }

  private GuardedPageParser(
      FastReader fast, BiFunction<String, String, Document> parser, Duration budget, int threads) {
    this.fast = fast;
    this.parser = Objects.requireNonNull(parser, "parser must not be null");
    this.budget = Objects.requireNonNull(budget, "budget must not be null");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
    }
    this.slots = new Semaphore(threads, true);
  }

  /** A guarded parser with the default budget, one parse per processor at a time. */
  public static GuardedPageParser create() {
    return create(DEFAULT_BUDGET);
  }

  /** A guarded parser that gives up on a page after {@code budget}. */
  public static GuardedPageParser create(Duration budget) {
    PageParser parser = PageParser.create();
    FastReader fast = parser::parseFast;
    return new GuardedPageParser(
        fast, parser::parseFully, budget, Runtime.getRuntime().availableProcessors());
  }

  /**
   * The outcome for one page: its document (empty when it could not be parsed) and the {@value
   * #RULE_ID} findings, if any.
   */
  public record Result(Document document, List<Diagnostic> diagnostics) {

    public Result {
      Objects.requireNonNull(document, "document must not be null");
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * Decodes {@code bytes} as UTF-8 (a byte order mark is dropped) and parses them.
   *
   * @param path the file as it should appear in locations and reports
   */
  public Result parse(String path, byte[] bytes) {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(bytes, "bytes must not be null");
    // one pass over the bytes decides which of the scans below a page needs: most need none
    return parse(path, bytes, PageFacts.of(bytes));
  }

  /**
   * {@link #parse(String, byte[])} given what the bytes hold; {@link PageFacts#UNKNOWN} scans all.
   */
  Result parse(String path, byte[] bytes, PageFacts facts) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    String text =
        facts.ascii()
            ? new String(bytes, StandardCharsets.ISO_8859_1) // ASCII: the same text, cheaper
            : decode(path, bytes, diagnostics);
    int nul = facts.mayHaveNul() ? text.indexOf('\0') : -1;
    if (nul >= 0) {
      diagnostics.clear(); // binary bytes are rarely UTF-8: one finding says it all
      diagnostics.add(
          finding(
              locate(path, text, nul),
              "binary content (a NUL character), not a Markdown page; remove the file or rename"
                  + " it"));
      return new Result(empty(path), diagnostics);
    }
    Optional<Diagnostic> tooDeep =
        facts.longestMarkerPrefix() > MAX_NESTING
            ? nestingBeyondLimit(path, text)
            : Optional.empty(); // a line opens at most one quote or item per character
    if (tooDeep.isEmpty() && facts.mostPipesOnALine() > MAX_CELLS) {
      tooDeep = cellsBeyondLimit(path, text);
    }
    if (tooDeep.isPresent()) {
      diagnostics.add(tooDeep.get());
      return new Result(empty(path), diagnostics);
    }
    unclosedFrontMatter(path, text).ifPresent(diagnostics::add);
    Result parsed = parse(path, text, facts);
    diagnostics.addAll(parsed.diagnostics());
    return new Result(parsed.document(), diagnostics);
  }

  /** Parses {@code text} within the budget. */
  public Result parse(String path, String text) {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(text, "text must not be null");
    return parse(path, text, PageFacts.UNKNOWN);
  }

  private Result parse(String path, String text, PageFacts facts) {
    Optional<Document> quick = readFast(path, text, facts);
    if (quick.isPresent()) {
      return new Result(quick.get(), List.of());
    }
    FutureTask<Document> task = new FutureTask<>(() -> parser.apply(path, text));
    Thread thread = new Thread(null, task, "portdoc-parse", STACK_BYTES);
    thread.setDaemon(true);
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(path, "parsing was interrupted");
    }
    try {
      thread.start();
      return new Result(task.get(budget.toMillis(), TimeUnit.MILLISECONDS), List.of());
    } catch (TimeoutException e) {
      task.cancel(true);
      return failed(
          path,
          "parsing took longer than "
              + (budget.toMillis() < 1000 ? budget.toMillis() + " ms" : budget.toSeconds() + " s")
              + " and was stopped; the page is too large or too deeply nested");
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      return failed(path, "parsing was interrupted");
    } catch (ExecutionException e) {
      return failed(path, describe(e.getCause()));
    } finally {
      slots.release();
    }
  }

  /**
   * The fast path needs no thread of its own: it neither recurses nor backtracks. Should it ever
   * fail, the page still gets the guarded parse, which reports what went wrong.
   */
  private Optional<Document> readFast(String path, String text, PageFacts facts) {
    try {
      return fast.read(path, text, facts);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return Optional.empty();
    }
  }

  private static String describe(Throwable cause) {
    if (cause instanceof StackOverflowError) {
      return "the page nests too deeply to parse (stack overflow); flatten its lists, quotes or"
          + " emphasis";
    }
    if (cause instanceof OutOfMemoryError) {
      return "the page is too large to parse (out of memory)";
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return "the Markdown parser failed on this page ("
        + cause.getClass().getSimpleName()
        + Optional.ofNullable(cause.getMessage()).map(m -> ": " + firstLine(m)).orElse("")
        + "); please report it with the page";
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  /** UTF-8 text with U+FFFD for malformed bytes; the first malformed byte is a finding. */
  private static String decode(String path, byte[] bytes, List<Diagnostic> diagnostics) {
    String text = withoutByteOrderMark(new String(bytes, StandardCharsets.UTF_8));
    if (text.indexOf('\uFFFD') < 0) {
      return text; // malformed bytes decode to U+FFFD: without one, the bytes were valid UTF-8
    }
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = strict.decode(in, out, true);
    if (result.isError()) {
      // the text up to the first bad byte decodes the same either way
      int at = withoutByteOrderMark(out.flip().toString()).length();
      diagnostics.add(
          finding(
              locate(path, text, at),
              "not valid UTF-8 (byte "
                  + in.position()
                  + " of the file); read with replacement characters, save the file as UTF-8"));
    }
    return text;
  }

  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * The first line that opens more than {@link #MAX_NESTING} block quotes and list items. flexmark
   * takes time quadratic in that depth (8,000 nested {@code - } take a minute), while no real page
   * nests more than a handful: refusing such a line keeps every parse linear.
   */
  static Optional<Diagnostic> nestingBeyondLimit(String path, String text) {
    boolean lineFeedsOnly = text.indexOf('\r') < 0;
    int i = 0;
    while (i < text.length()) {
      // only the start of a line can open quotes and list items: look there, then jump on
      int depth = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t') {
          i++;
          continue;
        }
        int marker = c == '\n' || c == '\r' ? 0 : markerLength(text, i);
        if (marker == 0) {
          break;
        }
        if (++depth > MAX_NESTING) {
          return Optional.of(
              finding(
                  locate(path, text, i),
                  "more than "
                      + MAX_NESTING
                      + " nested block quotes or list items on one line; flatten the structure"));
        }
        i += marker;
      }
      int end = lineFeedsOnly ? text.indexOf('\n', i) : lineBreak(text, i);
      if (end < 0) {
        break;
      }
      i = end + 1;
    }
    return Optional.empty();
  }

  /** The first CR or LF at or after {@code from}, or -1. */
  private static int lineBreak(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Front matter opened by a {@code ---} first line and never closed: flexmark then reads the whole
   * page as front matter, and its tables would be lost without a word.
   */
  static Optional<Diagnostic> unclosedFrontMatter(String path, String text) {
    if (!text.startsWith("---")) {
      return Optional.empty(); // most pages: no line scan at all
    }
    int end = lineEnd(text, 0);
    if (!isFrontMatterFence(text, 0, end, '-')) {
      return Optional.empty();
    }
    while (end < text.length()) {
      int start = end + (text.startsWith("\r\n", end) ? 2 : 1);
      end = lineEnd(text, start);
      if (isFrontMatterFence(text, start, end, '-') || isFrontMatterFence(text, start, end, '.')) {
        return Optional.empty();
      }
    }
    return Optional.of(
        finding(
            new SourceLocation(path, 1, 1),
            "front matter opened here is never closed by a '---' line, so the rest of the page"
                + " cannot be read; close it or remove this line"));
  }

  /** The end of the line starting at {@code from}: its CR, LF or the end of the text. */
  private static int lineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return text.length();
  }

  /** Three {@code mark} characters, then only spaces and tabs up to {@code end}. */
  private static boolean isFrontMatterFence(String text, int from, int end, char mark) {
    if (end - from < 3) {
      return false;
    }
    for (int i = from; i < from + 3; i++) {
      if (text.charAt(i) != mark) {
        return false;
      }
    }
    for (int i = from + 3; i < end; i++) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * The first line with more than {@link #MAX_CELLS} {@code |}: flexmark's tables extension takes
   * time quadratic in the cells of a row (10,000 columns take seconds), real tables have a dozen.
   */
  static Optional<Diagnostic> cellsBeyondLimit(String path, String text) {
    boolean lineFeedsOnly = text.indexOf('\r') < 0;
    int lineEnd = -1;
    int pipes = 0;
    // from pipe to pipe: most of a page has none
    for (int i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) {
      if (i > lineEnd) {
        pipes = 0;
        lineEnd = lineFeedsOnly ? text.indexOf('\n', i) : lineBreak(text, i);
        if (lineEnd < 0) {
          lineEnd = text.length();
        }
      }
      if (++pipes > MAX_CELLS) {
        return Optional.of(
            finding(
                locate(path, text, i),
                "more than " + MAX_CELLS + " table cells on one line; split the table"));
      }
    }
    return Optional.empty();
  }

  /** Length of the block quote or list item marker at {@code i}, or 0. */
  private static int markerLength(String text, int i) {
    char c = text.charAt(i);
    if (c == '>') {
      return 1;
    }
    int end = i;
    if (c == '-' || c == '*' || c == '+') {
      end = i + 1;
    } else {
      while (end < text.length()
          && end - i < 9
          && text.charAt(end) >= '0'
          && text.charAt(end) <= '9') {
        end++;
      }
      if (end == i
          || end >= text.length()
          || (text.charAt(end) != '.' && text.charAt(end) != ')')) {
        return 0;
      }
      end++;
    }
    boolean spaceFollows =
        end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t');
    return spaceFollows ? end - i + 1 : 0;
  }

  /** Line and column of {@code index}; CR, LF and CRLF each end a line, as in the parser. */
  static SourceLocation locate(String path, String text, int index) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(index, text.length());
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourceLocation(path, line, end - lineStart + 1);
  }

  private static Result failed(String path, String message) {
    return new Result(empty(path), List.of(finding(new SourceLocation(path, 1, 1), message)));
  }

  private static Diagnostic finding(SourceLocation location, String message) {
    return Diagnostic.of(RULE_ID, Severity.ERROR, message, location);
  }

  private static Document empty(String path) {
    return new Document(path, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());
  }
}
