package dev.portdoc.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWritersTest {

  @Test
  void everyFileIsWrittenWhenFinishReturnsEvenWithLittleRoomForPendingBytes(@TempDir Path dir)
      throws IOException {
    try (FileWriters files = new FileWriters(dir, 3, 64)) {
      for (int i = 0; i < 500; i++) {
        files.write("a/" + (i % 4) + "/f-" + i + ".txt", ("file " + i).repeat(i % 30).getBytes());
      }
      files.write("empty.txt", new byte[0]);
      files.finish();

      for (int i = 0; i < 500; i++) {
        assertThat(dir.resolve("a/" + (i % 4) + "/f-" + i + ".txt"))
            .hasContent(("file " + i).repeat(i % 30));
      }
      assertThat(dir.resolve("empty.txt")).isEmptyFile();

      files.write("after.txt", "later".getBytes(StandardCharsets.UTF_8));
      files.finish();
      assertThat(dir.resolve("after.txt")).hasContent("later");
    }
  }

  @Test
  void aFailedWriteIsReportedByFinishAndByLaterWrites(@TempDir Path dir) throws IOException {
    // one writer thread: with two, the failing write could fail first and ok.txt be dropped
    try (FileWriters files = new FileWriters(dir, 1, 1 << 20)) {
      files.write("ok.txt", "fine".getBytes(StandardCharsets.UTF_8));
      // the parent is made on the caller's thread; the write itself fails on a writer thread
      Files.createDirectories(dir.resolve("locked"));
      files.write("locked", "a folder is there".getBytes(StandardCharsets.UTF_8));

      assertThatThrownBy(files::finish).isInstanceOf(IOException.class);
      assertThatThrownBy(() -> files.write("more.txt", new byte[1]))
          .isInstanceOf(IOException.class);
    }
    assertThat(dir.resolve("ok.txt")).hasContent("fine");
    assertThat(dir.resolve("more.txt")).doesNotExist();
  }
}
