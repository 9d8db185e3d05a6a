package dev.rca.benchmarks.scoring;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A bundle's ground truth, from {@code truth.json}. Only scoring reads it; the library never does.
 *
 * <pre>{@code
 * Truth truth = Truth.parse("{\"expectedStatus\":\"CONFIDENT\","
 *     + "\"rootCause\":{\"service\":\"payments\",\"kind\":\"config\",\"changeId\":\"c-8812\"}}");
 * truth.visible();   // true
 * }</pre>
 *
 * @param expectedStatus {@code CONFIDENT} when the cause is visible in the bundle, or
 *     {@code INSUFFICIENT_EVIDENCE}
 * @param service the root-cause service; null only when truth names none
 * @param kind the root-cause kind ({@code report-json.md}'s list); null when truth names none
 * @param changeId the guilty change's CDEvents id, or null when no change caused the incident
 */
public record Truth(String expectedStatus, @Nullable String service, @Nullable String kind,
    @Nullable String changeId) {
  /** The grouping label of bundles whose cause is not visible, whatever their truth kind. */
  public static final String INVISIBLE = "invisible";

  /** Bigger than any truth file needs; a bound so a stray huge file cannot exhaust memory. */
  static final long MAX_BYTES = 1 << 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  public Truth {
    requireNonNull(expectedStatus, "expectedStatus");
    if (visibleStatus(expectedStatus) && service == null) {
      throw new IllegalArgumentException("rootCause.service is required when expectedStatus is "
          + expectedStatus);
    }
  }

  /** True when the cause can be seen in the bundle, so a ranked answer is expected. */
  public boolean visible() {
    return visibleStatus(expectedStatus);
  }

  /** The kind this bundle is grouped under: the truth kind, or {@value #INVISIBLE}. */
  public String group() {
    if (!visible()) {
      return INVISIBLE;
    }
    return kind == null ? "unknown" : kind;
  }

  /** Reads {@code truth.json}; files over 1 MiB are refused. */
  public static Truth read(Path file) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      throw new IOException(file + ": over " + MAX_BYTES + " bytes; not a truth file");
    }
    return parse(Files.readString(file));
  }

  /**
   * Parses truth JSON.
   *
   * @throws IOException when the text is not JSON or lacks {@code expectedStatus}
   */
  public static Truth parse(String json) throws IOException {
    JsonNode root = JSON.readTree(json);
    if (root == null || !root.isObject()) {
      throw new IOException("truth is not a JSON object");
    }
    String expected = text(root.get("expectedStatus"));
    if (expected == null) {
      throw new IOException("truth has no expectedStatus");
    }
    JsonNode cause = root.path("rootCause");
    try {
      return new Truth(expected, text(cause.get("service")), text(cause.get("kind")),
          text(cause.get("changeId")));
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static boolean visibleStatus(String status) {
    return !status.equals(Outcome.INSUFFICIENT);
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText();
  }
}
