package dev.portdoc.site.html;

import static dev.portdoc.site.testing.PropertyCases.forAll;
import static dev.portdoc.site.testing.RandomValues.charsBetween;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portdoc.site.testing.RandomValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/**
 * {@link Utf8Output} gives the bytes of {@code getBytes(UTF_8)} of what {@link StringOutput} holds
 * after the same writes: the files of a build are the in-memory rendering, encoded.
 */
class Utf8OutputTest {

  /** Character sets with near misses of every fast path. */
  private static final String[] SETS = {
    charsBetween(' ', '~'),
    "&<>\"'?",
    "\t\n\r\u0000\u001f\u007f",
    "\u0080\u00a0\u00b7\u00e9\u00ff",
    "\u0100\u0141\u2014\u2192\u203a\u2026\ufffd\uffff",
    "\ud83d\ude00\ud800\udc00\udbff\udfff",
    "\ud800\udbff\udc00\udfff",
  };

  /** Printable ASCII that needs no escaping: what most text is, and what the fast paths take. */
  private static final String PLAIN = charsBetween('(', ';') + charsBetween('@', '~') + " !#%";

  /**
   * A text of the kind each fast path takes with one or two near misses in it: mostly plain ASCII,
   * short or long, with a few characters from one of the other sets at random places.
   */
  private static String text(RandomValues random) {
    if (random.chance(0.3)) {
      return random.string(0, 70, SETS);
    }
    StringBuilder text = new StringBuilder(random.string(0, random.chance(0.5) ? 15 : 60, PLAIN));
    String set = random.oneOf(SETS);
    for (int i = random.between(0, 2); i > 0; i--) {
      text.insert(random.between(0, text.length()), random.character(set));
    }
    return text.toString();
  }

  /** One write of a random sequence, replayed on both outputs. */
  private record Write(String kind, String text, int from, int to) {

    void replay(HtmlOutput out) throws IOException {
      switch (kind) {
        case "markup" -> out.markup(text);
        case "range" -> out.markup(text, from, to);
        case "chars" -> out.markup(text.toCharArray(), from, to);
        case "char" -> out.markup(text.charAt(0));
        case "text" -> out.text(text);
        case "write" -> out.write(text);
        case "writeRange" -> out.write(text, from, to - from);
        case "int" -> out.write(text.charAt(0));
        case "number" -> out.number(from);
        case "attribute" -> out.attribute("data-x", text);
        default -> throw new AssertionError(kind);
      }
    }

    @Override
    public String toString() {
      StringBuilder escaped = new StringBuilder();
      text.chars().forEach(c -> escaped.append(c < 0x20 || c > 0x7e ? "\\u%04x".formatted(c) : c));
      return kind + "(" + escaped + ", " + from + ", " + to + ")";
    }
  }

  private static List<Write> writes(RandomValues random) {
    List<Write> writes = new ArrayList<>();
    int count = random.between(0, 12);
    for (int i = 0; i < count; i++) {
      String text = text(random);
      if (text.isEmpty()) {
        text = "x";
      }
      int from = random.between(0, text.length());
      int to = random.between(from, text.length());
      String kind =
          random.oneOf(
              "markup",
              "range",
              "chars",
              "char",
              "text",
              "write",
              "writeRange",
              "int",
              "number",
              "attribute");
      if (kind.equals("number")) {
        from =
            random.oneOf(0, 7, 10, 99, 100, 65535, -1, -40, Integer.MAX_VALUE, Integer.MIN_VALUE);
      }
      writes.add(new Write(kind, text, from, to));
    }
    return writes;
  }

  @Test
  void givesTheBytesOfTheStringOutputOnRandomWrites() {
    forAll(
        0x0A7F_0001L,
        3000,
        random -> writes(new RandomValues(random)),
        writes -> {
          StringOutput string = new StringOutput(16);
          Utf8Output utf8 = new Utf8Output(16);
          try {
            for (Write write : writes) {
              write.replay(string);
              write.replay(utf8);
            }
          } catch (IOException e) {
            throw new AssertionError(e);
          }
          assertThat(utf8.toByteArray()).isEqualTo(string.toString().getBytes(UTF_8));
        });
  }

  @Test
  void encodesTextAsTheJdkDoes() {
    forAll(
        0x0A7F_0002L,
        3000,
        random -> text(new RandomValues(random)),
        text -> {
          Utf8Output out = new Utf8Output(1);
          out.markup(text);
          assertThat(out.toByteArray()).isEqualTo(text.getBytes(UTF_8));
        });
  }

  @Test
  void escapesTextAsTheTemplateEngineDoes() {
    forAll(
        0x0A7F_0003L,
        3000,
        random -> text(new RandomValues(random)),
        text -> {
          Utf8Output out = new Utf8Output(1);
          out.text(text);
          assertThat(out.toByteArray()).isEqualTo(HtmlEscape.escapeHtml4Xml(text).getBytes(UTF_8));
        });
  }

  @Test
  void aSurrogatePairSplitAcrossWritesIsOneCharacter() {
    Utf8Output out = new Utf8Output(1);
    out.markup("a long text that ends in half a pair \ud83d");
    out.markup(new char[] {'\ude00', 'b'}, 0, 2);
    out.markup('\ud83d');
    out.text("\ude00");

    assertThat(new String(out.toByteArray(), UTF_8))
        .isEqualTo("a long text that ends in half a pair \ud83d\ude00b?&#56832;");
  }

  @Test
  void aHighSurrogateAtTheEndIsAQuestionMark() {
    Utf8Output out = new Utf8Output(1);
    out.markup("x\ud800");

    assertThat(out.size()).isEqualTo(2);
    assertThat(out.toByteArray()).isEqualTo("x?".getBytes(UTF_8));
  }

  @Test
  void writesASliceOfItsBytes() throws IOException {
    Utf8Output out = new Utf8Output(1);
    out.markup("<p>\u2192</p>");
    ByteArrayOutputStream slice = new ByteArrayOutputStream();

    out.writeTo(slice, 3, out.size() - 4);

    assertThat(slice.toString(UTF_8)).isEqualTo("\u2192");
  }

  @Test
  void asciiMarkupIsCheckedWhenAssertionsAreOn() {
    Utf8Output out = new Utf8Output(1);
    out.ascii("<td class=\"num\">");

    assertThat(out.toByteArray()).isEqualTo("<td class=\"num\">".getBytes(UTF_8));
    assertThatThrownBy(() -> out.ascii("\u2192")).isInstanceOf(AssertionError.class);
  }

  @Test
  void aPlaceholderWritesItsPartAndAnyOtherTextIsWrittenAsItIs() throws IOException {
    for (HtmlOutput out : List.of(new StringOutput(1), new Utf8Output(1))) {
      out.parts(
          (name, o) -> {
            if (!name.equals("rows")) {
              return false;
            }
            o.markup("<tr></tr>");
            return true;
          });
      out.write("<tbody>");
      out.write(HtmlOutput.placeholder("rows"));
      out.write(HtmlOutput.placeholder("other"));
      out.write("</tbody>");

      String written =
          out instanceof Utf8Output utf8 ? new String(utf8.toByteArray(), UTF_8) : out.toString();
      assertThat(written).isEqualTo("<tbody><tr></tr>\u0000other</tbody>");
    }
  }
}
