package dev.rca.connectors.git.cdevents;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rca.api.evidence.ChangeEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads CDEvents from a JSON file holding one event object or an array of them, and maps each to
 * a {@link ChangeEvent}.
 *
 * <ul>
 *   <li>{@code dev.cdevents.service.deployed/upgraded.*} → {@code DEPLOY},
 *       {@code .rolledback.*} → {@code ROLLBACK};
 *   <li>{@code dev.cdevents.change.merged.*} → {@code CONFIG} when it touched settings or
 *       configuration files and no code, SQL, or image/version, else {@code OTHER}: merged code
 *       runs nowhere until a deployment event says so;
 *   <li>{@code dev.cdeventsx.featureflag-flag.changed.*} → {@code FEATURE_FLAG},
 *       {@code dev.cdeventsx.autoscaler-scale.changed.*} → {@code SCALING}, others {@code OTHER}.
 * </ul>
 *
 * <p>What a change touched is read from its diff (or judged from its file paths) with
 * {@link dev.rca.connectors.git.diff.ChangeTouches} and added as attributes: {@code touches}
 * (categories, most severe first, e.g. {@code pool,timeout}), {@code touch.1}..{@code touch.5}
 * (e.g. {@code spring.datasource.hikari.maximum-pool-size: 50 -> 5 (x0.1)}), {@code touch.more}
 * and {@code risk} ({@code low|medium|high}); the summary gains the top setting or statement. A
 * flag or scaling event without a diff gets one touch from its {@code from}/{@code to}.
 *
 * <p>The service is {@code customData.service}, else the last path segment of {@code subject.id}
 * ({@code prod/payments} → {@code payments}), else the package name of
 * {@code subject.content.artifactId}. The link is {@code customData.url}, {@code subject.source}
 * or {@code context.source} when one is an http(s) URL, else the file's URI with
 * {@code #event=<id>}.
 *
 * <p>Bounds: diffs are clipped to 64 KiB, file lists to 1,000 paths, other values to 1 KiB. An
 * event without {@code context.id}, {@code type} or a valid {@code timestamp}, and a malformed
 * file, become warnings naming file and position; the other events are kept.
 *
 * <pre>{@code
 * List<ChangeEvent> changes = new CdEventReader().read(file, "changes/deploys.json", warnings::add);
 * }</pre>
 */
public final class CdEventReader {
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * The changes in {@code file}, in file order.
   *
   * @param name the file as warnings name it, e.g. {@code changes/deploys.json}
   */
  public List<ChangeEvent> read(Path file, String name, Consumer<String> warnings) {
    List<ChangeEvent> out = new ArrayList<>();
    String fileLink = file.toUri().toString();
    try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT) {
        event(p, name, -1, fileLink, out, warnings);
      } else if (t == JsonToken.START_ARRAY) {
        int index = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t == JsonToken.START_OBJECT) {
            event(p, name, index, fileLink, out, warnings);
          } else {
            warnings.accept(where(name, p.currentTokenLocation(), index)
                + ": expected an event object");
            p.skipChildren();
          }
          index++;
        }
      } else if (t != null) {
        warnings.accept(where(name, p.currentTokenLocation(), -1)
            + ": expected a CDEvent object or an array of them");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      warnings.accept((at == null ? name : where(name, at, -1)) + ": " + what(e));
    } catch (IOException e) {
      warnings.accept(name + ": cannot read: " + e.getMessage());
    }
    return out;
  }

  private void event(JsonParser p, String name, int index, String fileLink, List<ChangeEvent> out,
      Consumer<String> warnings) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    JsonNode event = mapper.readTree(p);
    try {
      out.add(CdEventMapping.change(event, "change-" + (out.size() + 1), fileLink));
    } catch (CdEventMapping.UnusableEvent e) {
      warnings.accept(where(name, at, index) + ": event skipped: " + e.getMessage());
    }
  }

  private static String where(String name, JsonLocation at, int index) {
    return name + " line " + at.getLineNr() + " col " + at.getColumnNr()
        + (index >= 0 ? " (event " + index + ")" : "");
  }

  private static String what(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
    int nl = m.indexOf('\n');
    m = nl >= 0 ? m.substring(0, nl) : m;
    // Jackson appends where the unclosed value began, naming a source it has redacted.
    int marker = m.indexOf(" (start marker at");
    return marker >= 0 ? m.substring(0, marker) : m;
  }
}
