package dev.rca.core.audit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The newest record of an audit log: its sequence number and the SHA-256 of its line. The chain
 * inside the log proves each record's predecessor; only something kept outside the log can prove
 * that nothing was cut from its end. {@link AuditLog} keeps one in the head file beside the log
 * ({@code rca-audit.jsonl.head}); copy {@link AuditLog#head()} somewhere the log's writers cannot
 * reach (a ticket, a different host) to also detect someone rewriting both files.
 *
 * <pre>{@code
 * AuditHead head = auditLog.head();
 * AuditLogVerifier.verify(path, head).intact();
 * }</pre>
 *
 * @param seq the newest record's {@code seq}; 0 for an empty log
 * @param hash lower-case hex SHA-256 of the newest record's line, 64 zeros for an empty log
 */
public record AuditHead(long seq, String hash) {
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public AuditHead {
    if (seq < 0) {
      throw new IllegalArgumentException("seq must not be negative: " + seq);
    }
    requireNonNull(hash, "hash");
    if (!HEX64.matcher(hash).matches()) {
      throw new IllegalArgumentException("hash must be 64 lower-case hex digits");
    }
  }

  /** The head of a log with no records. */
  public static AuditHead empty() {
    return new AuditHead(0, AuditRecordFormat.GENESIS);
  }

  /** Where {@link AuditLog} keeps the head of the log at {@code log}. */
  static Path fileFor(Path log) {
    return log.resolveSibling(log.getFileName() + ".head");
  }

  /** The head kept beside {@code log}, if there is one. */
  static Optional<AuditHead> read(Path log) throws IOException {
    Path file = fileFor(log);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length > 4096) {
      throw new IOException(file + ": longer than a head file can be");
    }
    try {
      JsonNode node = MAPPER.readTree(bytes);
      JsonNode seq = node.get("seq");
      JsonNode hash = node.get("hash");
      if (seq == null || !seq.canConvertToLong() || hash == null || !hash.isTextual()) {
        throw new IOException(file + ": expected {\"seq\": n, \"hash\": \"...\"}");
      }
      return Optional.of(new AuditHead(seq.asLong(), hash.asText()));
    } catch (IllegalArgumentException | com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(file + ": not a valid head file: " + e.getMessage());
    }
  }

  /** Replaces the head file atomically, flushed to disk before the move. */
  void writeBeside(Path log) throws IOException {
    Path file = fileFor(log);
    Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(),
        ".tmp");
    try {
      byte[] bytes = ("{\"seq\":" + seq + ",\"hash\":\"" + hash + "\"}\n")
          .getBytes(StandardCharsets.US_ASCII);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
