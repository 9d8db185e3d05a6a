package dev.rca.core.trigger;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads small JSON documents (triggers, topology) whole, with errors that name the position. */
final class JsonFiles {
  /** A trigger or topology larger than this is not a trigger: refuse it rather than load it. */
  static final long MAX_BYTES = 32L * 1024 * 1024;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(200).maxStringLength(4 * 1024 * 1024).build());
  }

  private JsonFiles() {}

  static JsonNode read(Path file, String shownAs) throws TriggerException {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new TriggerException(shownAs + ": " + size + " bytes, more than the "
            + MAX_BYTES + " a trigger may have");
      }
      return MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " line " + at.getLineNr() + " col " + at.getColumnNr();
      throw new TriggerException(shownAs + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new TriggerException(shownAs + ": cannot read (" + e.getMessage() + ")", e);
    }
  }
}
