package dev.rca.core.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Where a rendered report goes: a file replaced atomically, or a stream the caller owns. */
abstract class ReportDestination {

  abstract void deliver(byte[] rendered) throws IOException;

  abstract String describe();

  static ReportDestination file(Path path) {
    return new FileDestination(requireNonNull(path, "path"));
  }

  static ReportDestination stream(OutputStream out) {
    return new StreamDestination(requireNonNull(out, "out"));
  }

  /**
   * Writes a temporary file beside the target and moves it over the target, so a reader (or a
   * crash) never sees half a report.
   */
  private static final class FileDestination extends ReportDestination {
    private final Path path;

    FileDestination(Path path) {
      this.path = path.toAbsolutePath().normalize();
    }

    @Override
    void deliver(byte[] rendered) throws IOException {
      Path dir = path.getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      Path temp = Files.createTempFile(dir, "." + path.getFileName(), ".tmp");
      try {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
          ByteBuffer buffer = ByteBuffer.wrap(rendered);
          while (buffer.hasRemaining()) {
            channel.write(buffer);
          }
          channel.force(true);
        }
        try {
          Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    }

    @Override
    String describe() {
      return path.toString();
    }
  }

  /** Writes and flushes, never closes: the stream (often stdout) belongs to the caller. */
  private static final class StreamDestination extends ReportDestination {
    private final OutputStream out;

    StreamDestination(OutputStream out) {
      this.out = out;
    }

    @Override
    void deliver(byte[] rendered) throws IOException {
      synchronized (out) {
        out.write(rendered);
        out.flush();
      }
    }

    @Override
    String describe() {
      return "stream";
    }
  }
}
