package dev.portdoc.parser.internal;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * flexmark's heading parser, made linear. flexmark 0.64's heading factory copies the whole open
 * paragraph on every line it is asked about, which makes a 10,000-row table (one paragraph while
 * blocks are found) quadratic: seconds of CPU. This wrapper asks it only about lines that can be a
 * heading at all (first character {@code #}, {@code =} or {@code -}), so the result is the same.
 * Install it with {@link #configure} before building the parser.
 */
final class LinearHeadingExtension implements Parser.ParserExtension {

  private LinearHeadingExtension() {}

  /** Replaces the core heading parser in {@code options}; add the returned extension too. */
  static LinearHeadingExtension configure(MutableDataHolder options) {
    options.set(Parser.HEADING_PARSER, false);
    return new LinearHeadingExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new Factory());
  }

  /** Same dependencies as flexmark's heading factory, so block start order is unchanged. */
  private static final class Factory implements CustomBlockParserFactory {
    private final HeadingParser.Factory core = new HeadingParser.Factory();

    @Override
    public Set<Class<?>> getAfterDependents() {
      return core.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return core.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
      return core.affectsGlobalScope();
    }

    @Override
    public com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler getLeadInHandler(
        DataHolder options) {
      return core.getLeadInHandler(options);
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
      BlockParserFactory headings = core.apply(options);
      return (state, matched) -> {
        BasedSequence line = state.getLine();
        int first = state.getNextNonSpaceIndex();
        char c = first < line.length() ? line.charAt(first) : ' ';
        return c == '#' || c == '=' || c == '-'
            ? headings.tryStart(state, matched)
            : BlockStart.none();
      };
    }
  }
}
