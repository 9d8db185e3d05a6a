package dev.rca.core.audit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks an {@link AuditLog} file: every line a record, {@code seq} counting up from 1 without a
 * gap, every {@code prev} the SHA-256 of the line before it, the last line complete, and the
 * newest record matching the head (the head file beside the log, or an anchor you kept).
 *
 * <p>What it can tell: a record changed after it was written (its successor's {@code prev} no
 * longer matches; the last record is checked against the head), a record removed from the middle
 * ({@code seq} gap), lines reordered or duplicated, a truncated last line. What it cannot tell
 * without a head: records cut from the end, or a last record changed. If the head file is missing
 * the result is still {@code intact} but its message says that limit. Someone who rewrites the
 * whole chain and the head file is caught only by an anchor kept elsewhere:
 * {@link #verify(Path, AuditHead)}.
 *
 * <pre>{@code
 * AuditLogVerifier.Result result = AuditLogVerifier.verify(Path.of("rca-audit.jsonl"));
 * if (!result.intact()) System.err.println(result.message()); // "... line 2 was changed ..."
 * }</pre>
 */
public final class AuditLogVerifier {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  private AuditLogVerifier() {}

  /**
   * The outcome of a check.
   *
   * @param records complete records read before the first problem (all of them when intact)
   * @param firstBrokenLine the 1-based line where the log stops being trustworthy; 0 when intact
   * @param message what was found, naming the file and line, and what it means
   */
  public record Result(boolean intact, long records, long firstBrokenLine, String message) {
    public Result {
      requireNonNull(message, "message");
    }
  }

  /** Checks the log and, when there is one, the head file beside it. */
  public static Result verify(Path log) throws IOException {
    return check(log, AuditHead.read(log).orElse(null), true);
  }

  /**
   * Checks the log and that the record {@code anchor.seq()} is in it with hash {@code anchor.hash()}:
   * an anchor taken earlier stays valid as the log grows.
   */
  public static Result verify(Path log, AuditHead anchor) throws IOException {
    return check(log, requireNonNull(anchor, "anchor"), false);
  }

  private static Result check(Path log, @Nullable AuditHead head, boolean headIsNewest)
      throws IOException {
    String name = log.toString();
    long line = 0;
    long lastSeq = 0;
    String lastHash = AuditRecordFormat.GENESIS;
    String lastPrev = AuditRecordFormat.GENESIS;
    boolean anchorSeen = head == null || head.seq() == 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(log), 65536)) {
      ByteArrayOutputStream current = new ByteArrayOutputStream();
      while (true) {
        int ended = readLine(in, current);
        if (ended == EOF && current.size() == 0) {
          break;
        }
        line++;
        if (ended == TOO_LONG) {
          return broken(line, line - 1, name, "is longer than " + AuditLog.MAX_LINE_BYTES
              + " bytes: not a record AuditLog wrote");
        }
        if (ended == EOF) {
          return broken(line, line - 1, name, "is incomplete (no line end): the file was "
              + "truncated or a write was cut short");
        }
        byte[] bytes = current.toByteArray();
        current.reset();
        JsonNode record = parse(bytes);
        if (record == null) {
          return broken(line, line - 1, name, bytes.length == 0 ? "is empty"
              : "is not an audit record (a JSON object with a numeric seq and a 64-hex prev)");
        }
        long seq = record.get("seq").asLong();
        String prev = record.get("prev").asText();
        if (seq != lastSeq + 1) {
          String why = seq > lastSeq + 1
              ? "has seq " + seq + " where " + (lastSeq + 1) + " was due: record(s) " + (lastSeq + 1)
                  + (seq - 1 > lastSeq + 1 ? ".." + (seq - 1) : "") + " were removed, or lines were reordered"
              : "has seq " + seq + " after seq " + lastSeq + ": lines were reordered or duplicated";
          return broken(line, line - 1, name, why);
        }
        if (!prev.equals(lastHash)) {
          if (line == 1) {
            return broken(1, 0, name, "is the first record but its prev is not 64 zeros: the "
                + "beginning of the log was cut off");
          }
          return broken(line - 1, line - 2, name, "was changed after it was written: its hash no "
              + "longer matches the prev of line " + line);
        }
        lastSeq = seq;
        lastPrev = prev;
        lastHash = AuditRecordFormat.sha256(bytes);
        if (head != null && seq == head.seq()) {
          anchorSeen = true;
          if (!lastHash.equals(head.hash()) && !headIsNewest) {
            return broken(line, line - 1, name, "does not match the anchor for seq " + seq
                + ": this record, or one before it with the chain recomputed, was changed");
          }
        }
      }
    }
    return atEnd(name, line, lastSeq, lastHash, lastPrev, head, headIsNewest, anchorSeen);
  }

  private static Result atEnd(String name, long lines, long lastSeq, String lastHash,
      String lastPrev, @Nullable AuditHead head, boolean headIsNewest, boolean anchorSeen) {
    if (head == null) {
      return new Result(true, lines, 0, name + ": " + lines + " records, chain intact; no head "
          + "file, so records cut from the end or a changed last record cannot be detected");
    }
    if (!headIsNewest) {
      if (!anchorSeen) {
        return broken(lines + 1, lines, name, "is missing: the anchor names seq " + head.seq()
            + " but the log ends at seq " + lastSeq + ", so records were cut from the end");
      }
      return new Result(true, lines, 0, name + ": " + lines + " records, chain intact, anchor "
          + "seq " + head.seq() + " matches");
    }
    if (lastSeq == head.seq() && lastHash.equals(head.hash())) {
      return new Result(true, lines, 0, name + ": " + lines + " records, chain intact, head "
          + "matches");
    }
    if (lastSeq == head.seq() + 1 && lastPrev.equals(head.hash())) {
      return new Result(true, lines, 0, name + ": " + lines + " records, chain intact; the head "
          + "is one record behind, as after a crash between writing a record and the head");
    }
    if (lastSeq < head.seq()) {
      return broken(lines + 1, lines, name, "is missing: the head file names seq " + head.seq()
          + " but the log ends at seq " + lastSeq + ", so records were cut from the end");
    }
    if (lastSeq == head.seq()) {
      return broken(lines, lines - 1, name, "was changed after it was written: it no longer "
          + "matches the hash in the head file");
    }
    return broken(lines, lines - 1, name, "goes beyond the head file (seq " + head.seq()
        + "): records were added by something other than AuditLog, or the head was replaced");
  }

  private static Result broken(long line, long intactRecords, String name, String what) {
    return new Result(false, Math.max(0, intactRecords), line, name + " line " + line + " " + what);
  }

  private static @Nullable JsonNode parse(byte[] bytes) {
    if (bytes.length == 0) {
      return null;
    }
    try {
      JsonNode node = MAPPER.readTree(bytes);
      if (node == null || !node.isObject()) {
        return null;
      }
      JsonNode seq = node.get("seq");
      JsonNode prev = node.get("prev");
      boolean ok = seq != null && seq.isIntegralNumber() && seq.canConvertToLong()
          && prev != null && prev.isTextual() && HEX64.matcher(prev.asText()).matches();
      return ok ? node : null;
    } catch (IOException e) {
      // Jackson's parse errors are IOExceptions; the message would quote the record, so drop it.
      return null;
    }
  }

  private static final int NEWLINE = 0;
  private static final int EOF = 1;
  private static final int TOO_LONG = 2;

  /** Reads up to a line end into {@code out}, never holding more than one line's bound. */
  private static int readLine(InputStream in, ByteArrayOutputStream out) throws IOException {
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        return NEWLINE;
      }
      if (out.size() >= AuditLog.MAX_LINE_BYTES) {
        return TOO_LONG;
      }
      out.write(b);
    }
    return EOF;
  }
}
