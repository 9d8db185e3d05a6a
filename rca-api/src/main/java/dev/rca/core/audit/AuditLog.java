package dev.rca.core.audit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rca.api.model.RootCauseReport;
import dev.rca.api.spi.ReportSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * An append-only record of every investigation, one JSON object per line (JSON Lines), each
 * chained to the one before it.
 *
 * <p>A record holds {@code seq} (1, 2, 3, ...), {@code time}, {@code investigationId}, the
 * redacted {@code trigger} (alert names, services, onset, symptom), every source's outcome with
 * the queries it ran, the {@code conclusion} (status, summary, top service, kind, change id), the
 * top {@code confidence}, redaction counts by rule, and {@code prev}: the SHA-256 of the previous
 * record's exact line bytes (64 zeros for the first). A record does not carry its own hash: anyone
 * able to edit a record could recompute it, so it would prove nothing the chain does not. What the
 * chain cannot prove is that no record was cut from the end; for that, every append also replaces
 * a head file beside the log ({@code <log>.head}) holding the newest {@code seq} and line hash,
 * which {@link AuditLogVerifier} checks. Whoever can rewrite both the log and the head file can
 * rewrite history: copy {@link #head()} somewhere else when that matters.
 *
 * <p>Appends open the file in append mode, write the whole line, and force it to disk before the
 * head is updated. Appends are serialised within the JVM by a lock per file and across processes
 * by a file lock, and each append reads the newest record again, so several {@code AuditLog}
 * instances on one file keep a single chain. Records are bounded: at most 50 queries per source
 * (the rest counted in {@code queriesLeftOut}), 2,000 characters per text, and
 * {@value #MAX_LINE_BYTES} bytes per line.
 *
 * <pre>{@code
 * AuditLog audit = AuditLog.open(Path.of("rca-audit.jsonl"));
 * audit.write(report);                      // or append(report), which returns the new head
 * AuditLogVerifier.verify(audit.path());    // intact?
 * }</pre>
 */
public final class AuditLog implements ReportSink {
  /** The longest line the log writes or reads back: 16 MiB. */
  public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

  private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path path;
  private final Clock clock;
  private final ReentrantLock lock;

  private AuditLog(Path path, Clock clock) {
    this.path = path;
    this.clock = clock;
    this.lock = LOCKS.computeIfAbsent(path, p -> new ReentrantLock());
  }

  /** Opens (creating if needed) the log at {@code path}, stamping records with the UTC clock. */
  public static AuditLog open(Path path) throws IOException {
    return open(path, Clock.systemUTC());
  }

  /**
   * Opens (creating if needed) the log at {@code path} and checks that its newest record is
   * whole and agrees with the head file, so a damaged log is reported now and not extended.
   *
   * @throws IOException when the log ends in an incomplete line, its last line is not a record,
   *     or it disagrees with its head file (records cut from the end, last record changed)
   */
  public static AuditLog open(Path path, Clock clock) throws IOException {
    Path absolute = requireNonNull(path, "path").toAbsolutePath().normalize();
    requireNonNull(clock, "clock");
    Path dir = absolute.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    AuditLog log = new AuditLog(absolute, clock);
    log.lock.lock();
    try {
      appendChannel(absolute).close();
      Tail tail = log.readTail();
      Optional<AuditHead> head = AuditHead.read(absolute);
      if (head.isPresent()) {
        checkAgainstHead(absolute, tail, head.get());
      }
    } finally {
      log.lock.unlock();
    }
    return log;
  }

  public Path path() {
    return path;
  }

  /** The newest record's seq and hash, to keep outside the log as an anchor. */
  public AuditHead head() throws IOException {
    lock.lock();
    try {
      Tail tail = readTail();
      return tail == null ? AuditHead.empty() : new AuditHead(tail.seq, tail.hash);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void write(RootCauseReport report) throws IOException {
    append(report);
  }

  /**
   * Appends one record for {@code report} and returns the new head.
   *
   * @throws IOException when the file cannot be written or its newest record is damaged
   */
  public AuditHead append(RootCauseReport report) throws IOException {
    requireNonNull(report, "report");
    lock.lock();
    try (FileChannel out = appendChannel(path)) {
      // Serialises with other processes; closing the channel releases it.
      out.lock();
      Tail tail = readTail();
      long seq = tail == null ? 1 : tail.seq + 1;
      String prev = tail == null ? AuditRecordFormat.GENESIS : tail.hash;
      byte[] line = AuditRecordFormat.line(seq, clock.instant(), report, prev);
      if (line.length > MAX_LINE_BYTES) {
        throw new IOException(path + ": record for " + report.investigationId() + " is "
            + line.length + " bytes, more than the " + MAX_LINE_BYTES + " a line may hold");
      }
      ByteBuffer buffer = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n');
      buffer.flip();
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
      out.force(true);
      AuditHead head = new AuditHead(seq, AuditRecordFormat.sha256(line));
      head.writeBeside(path);
      return head;
    } finally {
      lock.unlock();
    }
  }

  private static FileChannel appendChannel(Path path) throws IOException {
    return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
  }

  private static void checkAgainstHead(Path path, @Nullable Tail tail, AuditHead head)
      throws IOException {
    long seq = tail == null ? 0 : tail.seq;
    String hash = tail == null ? AuditRecordFormat.GENESIS : tail.hash;
    if (seq == head.seq() && hash.equals(head.hash())) {
      return;
    }
    // A crash between writing a record and replacing the head leaves the head one behind.
    if (tail != null && seq == head.seq() + 1 && tail.prev.equals(head.hash())) {
      return;
    }
    String what = seq < head.seq()
        ? "its head file says " + head.seq() + " records were written but the log ends at seq "
            + seq + ": records were cut from the end"
        : "its newest record (seq " + seq + ") does not match its head file (seq " + head.seq()
            + "): the log or the head was changed";
    throw new IOException(path + ": " + what + ". Run AuditLogVerifier, then move the log and "
        + AuditHead.fileFor(path).getFileName() + " aside to start a new one.");
  }

  /** The newest record: its seq, its prev and the hash of its line. */
  private record Tail(long seq, String prev, String hash) {}

  private @Nullable Tail readTail() throws IOException {
    try (FileChannel in = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = in.size();
      if (size == 0) {
        return null;
      }
      if (readByte(in, size - 1) != '\n') {
        throw new IOException(path + ": ends with an incomplete line (no line end): a write was "
            + "cut short or the file was truncated. Run AuditLogVerifier before appending.");
      }
      long end = size - 1;
      long start = lineStart(in, end);
      byte[] line = new byte[(int) (end - start)];
      readFully(in, ByteBuffer.wrap(line), start);
      return parseTail(line);
    }
  }

  private Tail parseTail(byte[] line) throws IOException {
    try {
      JsonNode node = MAPPER.readTree(line);
      JsonNode seq = node == null ? null : node.get("seq");
      JsonNode prev = node == null ? null : node.get("prev");
      if (seq != null && seq.canConvertToLong() && seq.asLong() > 0 && prev != null
          && prev.isTextual()) {
        return new Tail(seq.asLong(), prev.asText(), AuditRecordFormat.sha256(line));
      }
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      // reported below without the line's content
    }
    throw new IOException(path + ": the last line is not an audit record with seq and prev. "
        + "Run AuditLogVerifier before appending.");
  }

  /** Where the line ending at {@code end} begins, searching back at most one line's bound. */
  private long lineStart(FileChannel in, long end) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(8192);
    long cursor = end;
    while (cursor > 0) {
      int n = (int) Math.min(chunk.capacity(), cursor);
      long from = cursor - n;
      chunk.clear().limit(n);
      readFully(in, chunk, from);
      for (int i = n - 1; i >= 0; i--) {
        if (chunk.get(i) == '\n') {
          return from + i + 1;
        }
      }
      cursor = from;
      if (end - cursor > MAX_LINE_BYTES) {
        throw new IOException(path + ": the last line is longer than " + MAX_LINE_BYTES
            + " bytes; this is not an audit log written by AuditLog");
      }
    }
    return 0;
  }

  private static byte readByte(FileChannel in, long position) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    readFully(in, one, position);
    return one.get(0);
  }

  private static void readFully(FileChannel in, ByteBuffer buffer, long position)
      throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      int n = in.read(buffer, at);
      if (n < 0) {
        throw new IOException("file shrank while reading");
      }
      at += n;
    }
  }

  @Override
  public String toString() {
    return "AuditLog[" + path + "]";
  }
}
