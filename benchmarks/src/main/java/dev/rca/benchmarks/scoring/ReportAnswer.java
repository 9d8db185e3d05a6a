package dev.rca.benchmarks.scoring;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What scoring reads from one report's JSON: only the contract fields of {@code report-json.md}
 * ({@code status}, the ranked {@code hypotheses}' service, kind, changeId and confidence, and
 * {@code timings.totalMs}), as a scorer outside the project would.
 *
 * <p>A report that cannot be read still gets scored, as a miss: its status is then one of the
 * scorer's own markers ({@link Outcome#MISSING}, {@link Outcome#UNREADABLE}, {@link Outcome#ERROR})
 * and {@code problem} says why.
 *
 * <pre>{@code
 * ReportAnswer answer = ReportAnswer.parse(Files.readString(Path.of("reports/deploy-regression.json")));
 * answer.top().service();   // "cart"
 * }</pre>
 *
 * @param status the report's status as written, e.g. {@code CONFIDENT}
 * @param hypotheses the first {@value #MAX_HYPOTHESES} hypotheses, best first
 * @param totalMs {@code timings.totalMs}, or -1 when the report gives none
 * @param problem why the report could not be read, or null when it was
 */
public record ReportAnswer(String status, List<Candidate> hypotheses, long totalMs,
    @Nullable String problem) {
  /** The contract allows at most ten hypotheses; more are ignored rather than trusted. */
  public static final int MAX_HYPOTHESES = 10;

  /** Reports are small; the bound keeps a runaway file from exhausting memory. */
  static final long MAX_BYTES = 32L << 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  public ReportAnswer {
    requireNonNull(status, "status");
    hypotheses = List.copyOf(hypotheses);
  }

  /**
   * One ranked hypothesis, as scoring sees it.
   *
   * @param service the blamed service ({@code ""} when the report gave none)
   * @param kind the cause kind ({@code ""} when the report gave none)
   * @param changeId the blamed change's id, or null
   * @param confidence in [0, 1]; values outside are clamped
   */
  public record Candidate(String service, String kind, @Nullable String changeId,
      double confidence) {
    public Candidate {
      requireNonNull(service, "service");
      requireNonNull(kind, "kind");
      confidence = Double.isNaN(confidence) ? 0 : Math.max(0, Math.min(1, confidence));
    }
  }

  /** A report that could not be had: no hypotheses, the marker status and the reason. */
  public static ReportAnswer unavailable(String marker, String problem) {
    return new ReportAnswer(marker, List.of(), -1, requireNonNull(problem, "problem"));
  }

  /** The first hypothesis, or null when the report ranks none. */
  public @Nullable Candidate top() {
    return hypotheses.isEmpty() ? null : hypotheses.get(0);
  }

  /**
   * Reads a report file: a missing file is {@link Outcome#MISSING}, an unreadable or malformed
   * one {@link Outcome#UNREADABLE}, with the file and position in {@code problem}. Files over
   * 32 MiB are refused as unreadable.
   */
  public static ReportAnswer read(Path file, String displayName) {
    if (!Files.isRegularFile(file)) {
      return unavailable(Outcome.MISSING, displayName + ": no such report");
    }
    try {
      if (Files.size(file) > MAX_BYTES) {
        return unavailable(Outcome.UNREADABLE, displayName + ": over " + MAX_BYTES + " bytes");
      }
      return parse(Files.readString(file), displayName);
    } catch (IOException e) {
      return unavailable(Outcome.UNREADABLE, displayName + ": cannot read (" + e.getMessage() + ")");
    }
  }

  /** Parses report JSON text; malformed text gives an {@link Outcome#UNREADABLE} answer. */
  public static ReportAnswer parse(String json, String displayName) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where = at == null ? "" : " line " + at.getLineNr() + " col " + at.getColumnNr();
      return unavailable(Outcome.UNREADABLE, displayName + where + ": " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      return unavailable(Outcome.UNREADABLE, displayName + ": not a JSON object");
    }
    JsonNode status = root.get("status");
    if (status == null || !status.isTextual() || status.asText().isBlank()) {
      return unavailable(Outcome.UNREADABLE, displayName + ": no \"status\" string");
    }
    List<Candidate> ranked = new ArrayList<>();
    for (JsonNode h : root.path("hypotheses")) {
      if (ranked.size() == MAX_HYPOTHESES) {
        break;
      }
      JsonNode change = h.get("changeId");
      ranked.add(new Candidate(h.path("service").asText(""), h.path("kind").asText(""),
          change == null || !change.isTextual() ? null : change.asText(),
          h.path("confidence").asDouble(0)));
    }
    JsonNode total = root.path("timings").path("totalMs");
    return new ReportAnswer(status.asText(), ranked, total.isNumber() ? total.asLong() : -1, null);
  }
}
