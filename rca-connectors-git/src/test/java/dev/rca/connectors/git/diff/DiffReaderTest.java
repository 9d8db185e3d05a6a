package dev.rca.connectors.git.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.connectors.git.diff.DiffLine.Kind;
import org.junit.jupiter.api.Test;

class DiffReaderTest {
  private final DiffReader reader = new DiffReader();

  @Test
  void readsTwoFilesWithHeadersHunksAndSections() {
    UnifiedDiff diff = reader.read("""
        diff --git a/config/app.yaml b/config/app.yaml
        index 1a2b3c4..5d6e7f8 100644
        --- a/config/app.yaml
        +++ b/config/app.yaml
        @@ -3,3 +3,3 @@ spring:
           datasource:
        -    pool: 50
        +    pool: 5
        diff --git a/src/Main.go b/src/Main.go
        --- a/src/Main.go
        +++ b/src/Main.go
        @@ -10 +10,2 @@ func main() {
        -\tserve()
        +\tserveTLS()
        +\tlog.Println("up")
        """);

    assertThat(diff.paths()).containsExactly("config/app.yaml", "src/Main.go");
    assertThat(diff.skippedLines()).isZero();
    assertThat(diff.clipped()).isFalse();
    Hunk first = diff.files().get(0).hunks().get(0);
    assertThat(first.oldStart()).isEqualTo(3);
    assertThat(first.section()).isEqualTo("spring:");
    assertThat(first.lines()).containsExactly(new DiffLine(Kind.CONTEXT, "  datasource:"),
        new DiffLine(Kind.REMOVED, "    pool: 50"), new DiffLine(Kind.ADDED, "    pool: 5"));
    assertThat(diff.files().get(1).added()).isEqualTo(2);
    assertThat(diff.files().get(1).removed()).isEqualTo(1);
  }

  @Test
  void takesARemovedSqlCommentInsideACountedHunkForALineNotAHeader() {
    UnifiedDiff diff = reader.read("""
        --- a/db/V1__init.sql
        +++ b/db/V1__init.sql
        @@ -1,2 +1,1 @@
        --- drop later
         CREATE TABLE orders (id int);
        """);

    assertThat(diff.files()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("db/V1__init.sql");
      assertThat(f.hunks().get(0).lines()).containsExactly(
          new DiffLine(Kind.REMOVED, "-- drop later"),
          new DiffLine(Kind.CONTEXT, "CREATE TABLE orders (id int);"));
    });
  }

  @Test
  void readsPlusMinusLinesWithoutAnyHeaderAsOneUnnamedFile() {
    UnifiedDiff diff = reader.read("-maxPoolSize: 50\n+maxPoolSize: 5\n");

    assertThat(diff.files()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEmpty();
      assertThat(f.hunks().get(0).lines()).extracting(DiffLine::kind)
          .containsExactly(Kind.REMOVED, Kind.ADDED);
    });
  }

  @Test
  void namesCreatedAndDeletedFilesFromTheSideThatExists() {
    UnifiedDiff diff = reader.read("""
        diff --git a/docs/new.md b/docs/new.md
        new file mode 100644
        --- /dev/null
        +++ b/docs/new.md
        @@ -0,0 +1 @@
        +# Hello
        diff --git a/old.properties b/old.properties
        deleted file mode 100644
        --- a/old.properties\t2024-04-15 10:00:00
        +++ /dev/null
        @@ -1 +0,0 @@
        -a=1
        """);

    assertThat(diff.files()).extracting(FileDiff::oldPath).containsExactly(null, "old.properties");
    assertThat(diff.files()).extracting(FileDiff::newPath).containsExactly("docs/new.md", null);
    assertThat(diff.paths()).containsExactly("docs/new.md", "old.properties");
  }

  @Test
  void skipsGarbageAndKeepsWhatItCouldRead() {
    UnifiedDiff diff = reader.read("""
        this is not a diff
        @@ nonsense @@
        \u0000\u0001 binary junk
        --- a/x.yaml
        +++ b/x.yaml
        @@ -1 +1 @@
        -a: 1
        +a: 2
        trailing words
        """);

    assertThat(diff.paths()).containsExactly("x.yaml");
    assertThat(diff.files().get(0).hunks().get(0).lines()).hasSize(2);
    assertThat(diff.skippedLines()).isEqualTo(4);
    assertThat(reader.read(null).files()).isEmpty();
    assertThat(reader.read("\n\n@@ -x +y @@\n+++\n---").files()).isEmpty();
  }

  @Test
  void stopsAtTheLineBoundAndSaysSo() {
    StringBuilder text = new StringBuilder("--- a/big.txt\n+++ b/big.txt\n");
    for (int i = 0; i < DiffReader.MAX_LINES + 50; i++) {
      text.append("+x\n");
    }

    UnifiedDiff diff = reader.read(text.toString());

    assertThat(diff.clipped()).isTrue();
    assertThat(diff.files().get(0).added()).isEqualTo(DiffReader.MAX_LINES);
  }

  @Test
  void readsOnlyTheFirst64KiBAndClipsLongLines() {
    String longLine = "+" + "y".repeat(5000);
    String text = "--- a/a.yaml\n+++ b/a.yaml\n" + longLine + "\n"
        + ("+" + "z".repeat(99) + "\n").repeat(1000);

    UnifiedDiff diff = reader.read(text);

    assertThat(diff.clipped()).isTrue();
    String first = diff.files().get(0).hunks().get(0).lines().get(0).text();
    assertThat(first).hasSize(DiffReader.MAX_LINE_CHARS - 1);
    assertThat(diff.files().get(0).added()).isBetween(600, 610);
  }

  @Test
  void acceptsWindowsLineEnds() {
    UnifiedDiff diff = reader.read("--- a/a.env\r\n+++ b/a.env\r\n@@ -1 +1 @@\r\n-A=1\r\n+A=2\r\n");

    assertThat(diff.paths()).containsExactly("a.env");
    assertThat(diff.files().get(0).hunks().get(0).lines()).extracting(DiffLine::text)
        .containsExactly("A=1", "A=2");
  }
}
