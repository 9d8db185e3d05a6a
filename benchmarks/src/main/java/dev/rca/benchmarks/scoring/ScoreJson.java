package dev.rca.benchmarks.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rca.benchmarks.scoring.ReportAnswer.Candidate;
import java.util.List;

/**
 * Renders a {@link ScoreSheet} as JSON for tools: the same figures as the Markdown, fractions
 * in [0, 1] ({@code null} where nothing was measured), and every bundle's judgment.
 *
 * <pre>{@code
 * System.out.println(ScoreJson.render(sheet, check.failures(sheet)));
 * }</pre>
 */
public final class ScoreJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ScoreJson() {}

  /** The sheet, with the failed thresholds (empty when none failed or none were given). */
  public static String render(ScoreSheet sheet, List<String> checkFailures) {
    ObjectNode root = JSON.createObjectNode();
    root.set("overall", card(sheet.overall()));
    ObjectNode kinds = root.putObject("byKind");
    sheet.byKind().forEach((kind, card) -> kinds.set(kind, card(card)));
    reliability(root.putObject("reliability"), sheet.reliability());
    Timing t = sheet.timing();
    ObjectNode timing = root.putObject("timing");
    timing.put("bundles", t.bundles()).put("totalMs", t.totalMs());
    fraction(timing, "meanMs", t.meanMs());
    timing.put("p50Ms", t.p50Ms()).put("p95Ms", t.p95Ms()).put("maxMs", t.maxMs());
    ArrayNode bundles = root.putArray("bundles");
    sheet.outcomes().forEach(o -> bundles.add(outcome(o)));
    ArrayNode failed = root.putArray("checkFailures");
    checkFailures.forEach(failed::add);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serialises", e);
    }
  }

  private static ObjectNode card(Scorecard c) {
    ObjectNode n = JSON.createObjectNode();
    n.put("bundles", c.bundles());
    for (int k = 1; k <= Scorecard.DEPTH; k++) {
      fraction(n, "ac" + k, c.ac(k));
    }
    fraction(n, "avg5", c.avg5());
    fraction(n, "kind", c.kindAccuracy());
    fraction(n, "change", c.changeAccuracy());
    n.put("changeBundles", c.changeApplicable());
    fraction(n, "wrong", c.wrongRate());
    n.put("confidentlyWrong", c.confidentlyWrong());
    ObjectNode statuses = n.putObject("statuses");
    c.statuses().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> statuses.put(e.getKey(), e.getValue()));
    return n;
  }

  private static void reliability(ObjectNode n, Reliability r) {
    ArrayNode bins = n.putArray("bins");
    for (Reliability.Bin bin : r.bins()) {
      ObjectNode b = bins.addObject();
      b.put("from", bin.from()).put("to", bin.to()).put("reports", bin.count())
          .put("right", bin.right());
      fraction(b, "precision", bin.precision());
    }
    ObjectNode high = n.putObject("atHighConfidence");
    high.put("minConfidence", Reliability.HIGH).put("reports", r.high().count())
        .put("right", r.high().right());
    fraction(high, "precision", r.precisionAtHigh());
  }

  private static ObjectNode outcome(Outcome o) {
    ObjectNode n = JSON.createObjectNode();
    n.put("bundle", o.bundle());
    ObjectNode truth = n.putObject("truth");
    truth.put("expectedStatus", o.truth().expectedStatus());
    truth.put("service", o.truth().service());
    truth.put("kind", o.truth().kind());
    truth.put("changeId", o.truth().changeId());
    n.put("status", o.answer().status());
    n.put("ac1", o.correctAt(1)).put("ac3", o.correctAt(3)).put("kind", o.kindCorrect());
    if (o.changeApplies()) {
      n.put("change", o.changeCorrect());
    } else {
      n.putNull("change");
    }
    n.put("confidentlyWrong", o.confidentlyWrong());
    n.put("elapsedMs", o.elapsedMs());
    ArrayNode top = n.putArray("top");
    for (Candidate c : o.answer().hypotheses().subList(0, Math.min(3, o.answer().hypotheses().size()))) {
      top.addObject().put("service", c.service()).put("kind", c.kind())
          .put("changeId", c.changeId()).put("confidence", c.confidence());
    }
    n.put("problem", o.answer().problem());
    return n;
  }

  private static void fraction(ObjectNode n, String field, double value) {
    if (Double.isNaN(value)) {
      n.putNull(field);
    } else {
      n.put(field, value);
    }
  }
}
